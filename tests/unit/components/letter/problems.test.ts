import { describe, expect, it } from 'vitest';
import { letterProblems } from '@/components/letter/problems';
import type { FieldValues } from '@/lib/letters/model';
import { defaultParagraphs, renderLetter } from '@/lib/letters/render';
import { getTemplate } from '@/lib/letters/templates';
import { exampleValues } from '../../letters/helpers';

const scrutiny = getTemplate('scrutiny-chair-obtain-plans')!;
const publicQuestion = getTemplate('public-question')!;

function problemsFor(
  template = scrutiny,
  values: FieldValues = exampleValues(template),
  paragraphs = defaultParagraphs(template),
) {
  const result = renderLetter(template, values, {
    questions: [{ id: 'q1', text: 'Will the ICB publish its plan?' }],
    includeParagraphs: paragraphs,
    sources: new Map(),
    today: new Date(2026, 10, 22),
  });
  return letterProblems(template, values, result, paragraphs);
}

describe('letterProblems', () => {
  it('finds nothing wrong with a letter filled from the examples', () => {
    expect(problemsFor()).toEqual([]);
  });

  it('names a required field left empty and leads to it', () => {
    expect(problemsFor(scrutiny, { ...exampleValues(scrutiny), your_name: ' ' })).toEqual([
      {
        fieldId: 'your_name',
        kind: 'empty',
        target: 'field-your_name',
        message: 'Fill in “Your name”: it is required.',
      },
    ]);
  });

  it('lists the personal field first, as the form shows it', () => {
    const values = { ...exampleValues(scrutiny), recipient_name: '', why_it_matters: '' };
    expect(problemsFor(scrutiny, values).map((p) => p.fieldId)).toEqual(['why_it_matters', 'recipient_name']);
  });

  it('offers to untick the optional paragraph that holds an empty optional field', () => {
    const [problem] = problemsFor(scrutiny, { ...exampleValues(scrutiny), trust_names: [] });
    expect(problem.message).toBe(
      'The letter still shows [NHS trusts serving the area]: fill in “NHS trusts serving the area” or untick “Name the NHS trusts whose plans you want”.',
    );
  });

  it('says nothing of an empty optional field whose paragraph is unticked', () => {
    expect(problemsFor(scrutiny, { ...exampleValues(scrutiny), trust_names: [] }, ['recommendations'])).toEqual([]);
  });

  it('names an e-mail address that is not one', () => {
    const [problem] = problemsFor(scrutiny, { ...exampleValues(scrutiny), your_email: 'alex@' });
    expect(problem).toMatchObject({ fieldId: 'your_email', kind: 'invalid' });
  });

  it('names a word limit that is not a whole number', () => {
    const [problem] = problemsFor(publicQuestion, { ...exampleValues(publicQuestion), word_limit: 'lots' });
    expect(problem.message).toMatch(/^“.+” must be a whole number/);
  });
});
