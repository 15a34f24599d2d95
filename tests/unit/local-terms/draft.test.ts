import { describe, expect, it } from 'vitest';
import type { Term } from '../../../lib/glossary/schema';
import { checkDraft, draftFrom, EMPTY_DRAFT, type LocalTermDraft } from '../../../lib/local-terms/draft';
import { EMPTY_GLOSSARY_INDEX, indexGlossary } from '../../../lib/local-terms/glossary-overlap';
import { PLACE_BOARD, VIRTUAL_WARD } from './fixtures';

const draft = (change: Partial<LocalTermDraft>): LocalTermDraft => ({
  ...EMPTY_DRAFT,
  headword: 'Place board',
  definition: 'The committee that runs NHS and council services together in one borough.',
  ...change,
});
const context = { terms: [VIRTUAL_WARD], glossary: EMPTY_GLOSSARY_INDEX };

const ICB = {
  id: 'integrated-care-board',
  headword: 'Integrated care board',
  match: { phrases: ['integrated care board'], acronyms: ['ICB'] },
} as Term;

describe('checking a term as it is typed', () => {
  it('makes a term from a complete draft, with a slug from the headword', () => {
    const check = checkDraft(draft({}), context);
    expect(check.errors).toEqual({});
    expect(check.term).toEqual(PLACE_BOARD);
  });

  it('reads abbreviations separated by commas or spaces, and wordings and questions one per line', () => {
    const check = checkDraft(
      draft({
        acronyms: 'PB, LPB  PCB',
        phrases: 'place partnership\n\n  borough board ',
        questions: 'Who sits on it?\nWhen does it meet?',
      }),
      context,
    );
    expect(check.term).toMatchObject({
      acronyms: ['PB', 'LPB', 'PCB'],
      phrases: ['place partnership', 'borough board'],
      questions: ['Who sits on it?', 'When does it meet?'],
    });
  });

  it.each<[string, Partial<LocalTermDraft>, string, string]>([
    ['an empty headword', { headword: '  ' }, 'headword', 'Term must not be empty'],
    [
      'markup in the definition',
      { definition: 'Under <b>18</b> weeks' },
      'definition',
      'Definition must be plain text: write "under" or "over" instead of < or >',
    ],
    [
      'a definition over the word limit',
      { definition: 'word '.repeat(156) },
      'definition',
      'Definition has 156 words; keep it to 155',
    ],
    [
      'a one-letter abbreviation',
      { acronyms: 'PB, X' },
      'acronyms',
      '“X” must be a short abbreviation such as ICB or NHSE/I (2 to 16 letters, digits or & / + . -)',
    ],
    [
      'an http link',
      { linkUrl: 'http://example.org', linkTitle: 'Example' },
      'linkUrl',
      'Link address must start with https:// (a secure web address)',
    ],
    [
      'a link that is not an address',
      { linkUrl: 'example', linkTitle: 'Example' },
      'linkUrl',
      'Link address must be a full web address such as https://www.leeds.gov.uk/…',
    ],
    [
      'a link without a title',
      { linkUrl: 'https://example.org' },
      'linkTitle',
      'Link title is needed with an address: the name of the page, for example',
    ],
    [
      'a link title without an address',
      { linkTitle: 'Example' },
      'linkUrl',
      'Link address is missing: add it, or clear the link title',
    ],
    [
      'a question without "?"',
      { questions: 'Who sits on it?\nTell us when it meets' },
      'questions',
      'Question 2 must end with "?"',
    ],
    ['a fifth question', { questions: 'A?\nB?\nC?\nD?\nE?' }, 'questions', 'Questions must have at most 4 questions'],
    [
      'a wording another of my terms has',
      { phrases: 'Hospital at home' },
      'phrases',
      '“Hospital at home” is already one of your terms (“Virtual ward”): each wording can belong to one term',
    ],
    [
      'an abbreviation another of my terms has',
      { acronyms: 'VW' },
      'acronyms',
      '“VW” is already one of your terms (“Virtual ward”): each wording can belong to one term',
    ],
    [
      'a headword another of my terms has',
      { headword: 'virtual-ward' },
      'headword',
      '“virtual-ward” is already one of your terms (“Virtual ward”): each wording can belong to one term',
    ],
  ])('says what to fix for %s', (_name, change, field, message) => {
    const check = checkDraft(draft(change), context);
    expect(check.term).toBeUndefined();
    expect(check.errors).toEqual({ [field]: message });
  });

  it('warns, without refusing, when a wording is also in the glossary', () => {
    const check = checkDraft(draft({ acronyms: 'ICB' }), { ...context, glossary: indexGlossary([ICB]) });
    expect(check.term).toBeDefined();
    expect(check.warnings).toEqual([
      '“ICB” is also in the glossary (Integrated care board). On pages, your definition is shown instead.',
    ]);
  });

  it('warns, without refusing, when a wording is everyday English on its own', () => {
    const check = checkDraft(draft({ phrases: 'partnership' }), context);
    expect(check.term).toBeDefined();
    expect(check.warnings).toEqual([
      '“partnership” is everyday English too, so it will be marked wherever it appears, not only in its NHS sense.',
    ]);
  });

  it('keeps the slug of the term being edited, and does not count it as a clash with itself', () => {
    const check = checkDraft(
      { ...draftFrom(VIRTUAL_WARD), headword: 'Virtual wards' },
      { ...context, editing: VIRTUAL_WARD },
    );
    expect(check.errors).toEqual({});
    expect(check.term?.slug).toBe('virtual-ward');
  });

  it('gives a new term with a taken slug a numbered one', () => {
    const check = checkDraft(draft({ headword: 'Virtual ward!', acronyms: '', phrases: '' }), {
      ...context,
      terms: [{ ...VIRTUAL_WARD, headword: 'Remote ward', phrases: [], acronyms: [] }],
    });
    expect(check.term?.slug).toBe('virtual-ward-2');
  });

  it('counts the definition’s words for the hint', () => {
    expect(checkDraft(draft({ definition: 'One two three.' }), context).definitionWords).toBe(3);
  });

  it('turns a stored term back into the draft it came from', () => {
    expect(checkDraft(draftFrom(VIRTUAL_WARD), { ...context, terms: [], editing: VIRTUAL_WARD }).term).toEqual(
      VIRTUAL_WARD,
    );
  });
});
