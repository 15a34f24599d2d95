import { describe, expect, it } from 'vitest';
import { resolveField } from '../../../lib/letters/render';
import { type LetterTemplateInput, placeholdersIn, validateTemplate } from '../../../lib/letters/schema';
import { bundledTemplates, getTemplate, validateTemplates } from '../../../lib/letters/templates';
import { templateFilesOnDisk } from './helpers';

const REQUIRED_IDS = ['scrutiny-chair-obtain-plans', 'reply-no-financial-detail', 'public-question', 'foi-request'];

/** A small valid template to break in one place at a time. */
function minimal(): LetterTemplateInput {
  return {
    id: 'tiny',
    title: 'A tiny letter',
    audience: 'Anyone',
    whenToUse: 'In tests',
    subject: 'About {{topic}}',
    fields: [
      { id: 'topic', label: 'Topic', kind: 'text', required: true, help: 'What it is about.', example: 'Beds' },
      {
        id: 'why',
        label: 'Why this matters to you',
        kind: 'multiline',
        required: true,
        help: 'Your reason.',
        example: 'Because.',
      },
      { id: 'your_name', label: 'Your name', kind: 'text', required: true, help: 'Your name.', example: 'Alex' },
      { id: 'extra', label: 'Extra', kind: 'text', required: false, help: 'Optional.', example: 'More' },
    ],
    personalFieldId: 'why',
    optionalParagraphs: [{ id: 'more', label: 'Say more', default: false, text: 'Also {{extra}}.' }],
    body: [
      { type: 'salutation', text: 'Dear Sir or Madam,' },
      { type: 'paragraph', text: 'I am writing about {{topic}}.' },
      { type: 'paragraph', text: '{{why}}' },
      { type: 'optional', id: 'more' },
      { type: 'questions', emptyText: 'Add questions' },
      { type: 'references', heading: 'References' },
      { type: 'signoff', closing: 'Yours faithfully,', lines: ['{{your_name}}'] },
    ],
  };
}

function errorsFor(mutate: (t: LetterTemplateInput) => void): string[] {
  const t = structuredClone(minimal());
  mutate(t);
  const r = validateTemplate(t, 'data/letters/tiny.json');
  return r.ok ? [] : r.errors;
}

describe('the bundled templates in data/letters/', () => {
  const files = templateFilesOnDisk();
  const result = validateTemplates(files);

  it('all pass validation', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('include the four letters the extension offers', () => {
    const ids = files.map((f) => (f.data as { id: string }).id);
    for (const id of REQUIRED_IDS) expect(ids).toContain(id);
  });

  it('load through import.meta.glob the same way', () => {
    expect(
      bundledTemplates()
        .map((t) => t.id)
        .sort(),
    ).toEqual(files.map((f) => (f.data as { id: string }).id).sort());
    expect(getTemplate('foi-request')?.title).toMatch(/Freedom of Information/);
  });

  for (const t of result.ok ? result.templates : []) {
    describe(t.id, () => {
      it('has a personal "why this matters" field that the letter uses', () => {
        const f = t.fields.find((x) => x.id === t.personalFieldId);
        expect(f?.kind).toBe('multiline');
      });

      it('gives every field help text and an example that is valid for its kind', () => {
        for (const f of t.fields) {
          expect(f.help.length, `${t.id} › ${f.id} help`).toBeGreaterThan(10);
          const raw =
            f.kind === 'names'
              ? f.example.split(';')
              : f.kind === 'choice'
                ? f.options?.find((o) => o.label === f.example)?.value
                : f.example;
          const r = resolveField(f, raw);
          expect({ field: f.id, filled: r.filled, invalid: r.invalid ?? false }).toEqual({
            field: f.id,
            filled: true,
            invalid: false,
          });
        }
      });

      it('is current: no CCG-era plans, STPs or the abolished referral power offered as live', () => {
        const text = JSON.stringify(t);
        expect(text).not.toMatch(/\bSTP\b|Sustainability and Transformation/);
        expect(text).not.toMatch(/refer (it|the matter|this) to the Secretary of State/i);
        // CCGs may only be mentioned as what ICBs replaced.
        for (const m of text.matchAll(/[^.]*\b(CCG|clinical commissioning group)s?\b[^.]*/gi))
          expect(m[0]).toMatch(/replace|took over|1 July 2022/i);
      });
    });
  }

  it('public-question carries the word-limit advice and a word limit field', () => {
    const t = getTemplate('public-question');
    expect(t?.wordLimit?.fieldId).toBe('word_limit');
    const f = t?.fields.find((x) => x.id === 'word_limit');
    expect(f?.kind).toBe('number');
    expect(f?.help).toMatch(/check your council's own rules and deadline/i);
    expect(t?.whenToUse).toMatch(/check your council's own rules and deadline/i);
    expect(t?.tips.join(' ')).toMatch(/check your council's own rules and deadline/i);
  });

  it('foi-request states the 20 working day limit and cites section 10', () => {
    const t = getTemplate('foi-request');
    expect(JSON.stringify(t?.body)).toMatch(/20 working days/);
    expect(t?.references.some((r) => r.url.endsWith('/ukpga/2000/36/section/10'))).toBe(true);
  });

  it('scrutiny-chair-obtain-plans cites regulations 26 and 27', () => {
    const urls = getTemplate('scrutiny-chair-obtain-plans')?.references.map((r) => r.url) ?? [];
    expect(urls).toContain('https://www.legislation.gov.uk/uksi/2013/218/regulation/26');
    expect(urls).toContain('https://www.legislation.gov.uk/uksi/2013/218/regulation/27');
  });
});

describe('template validation messages name the template and the field', () => {
  it('accepts the minimal template', () => {
    expect(errorsFor(() => {})).toEqual([]);
  });

  it('an unknown placeholder in the body', () => {
    const errors = errorsFor((t) => {
      t.body[1] = { type: 'paragraph', text: 'I am writing about {{topik}}.' };
    });
    expect(errors).toContainEqual(
      'data/letters/tiny.json › tiny › body.1.text: unknown placeholder {{topik}}: no field has the id "topik"',
    );
  });

  it('an unknown placeholder in the subject and in an optional paragraph', () => {
    const errors = errorsFor((t) => {
      t.subject = 'About {{subjct}}';
      t.optionalParagraphs = [{ id: 'more', label: 'More', default: true, text: 'And {{nope}}, {{extra}}.' }];
    });
    expect(
      errors.some((e) => e.startsWith('data/letters/tiny.json › tiny › subject: unknown placeholder {{subjct}}')),
    ).toBe(true);
    expect(
      errors.some((e) =>
        e.startsWith('data/letters/tiny.json › tiny › optionalParagraphs.0.text: unknown placeholder {{nope}}'),
      ),
    ).toBe(true);
  });

  it('a malformed placeholder', () => {
    const errors = errorsFor((t) => {
      t.body[1] = { type: 'paragraph', text: 'About {{Topic Name}} and {{topic}.' };
    });
    expect(errors.filter((e) => e.includes('tiny › body.1.text: malformed placeholder'))).toHaveLength(2);
  });

  it('an optional field in text that is always shown', () => {
    const errors = errorsFor((t) => {
      t.body[1] = { type: 'paragraph', text: 'About {{topic}} and {{extra}}.' };
    });
    expect(
      errors.some((e) => e.startsWith('data/letters/tiny.json › tiny › body.1.text: {{extra}} is an optional field')),
    ).toBe(true);
  });

  it('an optional paragraph never placed, or placed but never declared', () => {
    const errors = errorsFor((t) => {
      t.body[3] = { type: 'optional', id: 'mor' };
    });
    expect(errors).toContainEqual('data/letters/tiny.json › tiny › body.3.id: no optional paragraph has the id "mor"');
    expect(
      errors.some((e) =>
        e.startsWith('data/letters/tiny.json › tiny › optionalParagraphs.0.id: "more" is never placed'),
      ),
    ).toBe(true);
  });

  it('a field the letter never uses, and a duplicate field id', () => {
    const errors = errorsFor((t) => {
      t.fields.push({ id: 'unused', label: 'Unused', kind: 'text', required: false, help: 'Nothing.', example: 'x' });
      t.fields.push({ id: 'topic', label: 'Topic again', kind: 'text', required: true, help: 'Twice.', example: 'y' });
    });
    expect(
      errors.some((e) => e.startsWith('data/letters/tiny.json › tiny › fields.4.id: "unused" is never used')),
    ).toBe(true);
    expect(errors).toContainEqual('data/letters/tiny.json › tiny › fields.5.id: "topic" is used by another field');
  });

  it('field shape problems: a missing example, a choice without options, a bad kind', () => {
    const errors = errorsFor((t) => {
      delete (t.fields[0] as { example?: string }).example;
      t.fields[3] = { ...t.fields[3], kind: 'choice' };
      (t.fields[2] as { kind: string }).kind = 'phone';
    });
    expect(errors.some((e) => e.startsWith('data/letters/tiny.json › tiny › fields.0.example:'))).toBe(true);
    expect(errors.some((e) => e.startsWith('data/letters/tiny.json › tiny › fields.2.kind:'))).toBe(true);
  });

  it('a choice field with one option', () => {
    const errors = errorsFor((t) => {
      t.fields[3] = { ...t.fields[3], kind: 'choice', options: [{ value: 'a', label: 'A', text: 'a' }] };
    });
    expect(errors).toContainEqual(
      'data/letters/tiny.json › tiny › fields.3.options: a choice field must list at least two options',
    );
  });

  it('markup in template text', () => {
    const errors = errorsFor((t) => {
      t.body[1] = { type: 'paragraph', text: 'I am writing about <b>{{topic}}</b>.' };
    });
    expect(errors).toContainEqual('data/letters/tiny.json › tiny › body.1.text: must be plain text (no < or >)');
  });

  it('no questions slot, or a personal field that is not multiline', () => {
    const errors = errorsFor((t) => {
      t.body.splice(4, 1);
      t.personalFieldId = 'topic';
    });
    expect(errors).toContainEqual(
      'data/letters/tiny.json › tiny › body: must have exactly one "questions" block (found 0)',
    );
    expect(errors).toContainEqual('data/letters/tiny.json › tiny › personalFieldId: "topic" must be a multiline field');
  });

  it('a template without an id still gets a label', () => {
    const t = structuredClone(minimal()) as Partial<LetterTemplateInput>;
    delete t.id;
    const r = validateTemplate(t);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^\(template without an id\) › id:/);
  });

  it('a template whose id does not match its file name, and duplicate ids', () => {
    const r = validateTemplates([
      { file: 'data/letters/other.json', data: minimal() },
      { file: 'data/letters/tiny.json', data: minimal() },
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toContainEqual('data/letters/other.json › tiny › id: must match the file name (other.json)');
      expect(r.errors).toContainEqual('data/letters/tiny.json › tiny › id: is used by another template');
    }
  });

  it('placeholdersIn finds ids and malformed braces', () => {
    expect(placeholdersIn('a {{x}} b {{ y_2 }} c')).toEqual({ ids: ['x', 'y_2'], malformed: [] });
    expect(placeholdersIn('a {{X}} {{').malformed).toEqual(['{{X}}', 'unmatched {{ or }}']);
  });
});
