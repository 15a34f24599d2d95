import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BasketQuestion, Inline, LetterDocument } from '../../../lib/letters/model';
import { toPlainText } from '../../../lib/letters/plain-text';
import { renderLetter } from '../../../lib/letters/render';
import { type LetterTemplate, letterTemplateSchema } from '../../../lib/letters/schema';
import { cleanMultiline, cleanSingleLine } from '../../../lib/letters/text';
import { SOURCES, TODAY } from './helpers';

const template: LetterTemplate = letterTemplateSchema.parse({
  id: 'probe',
  title: 'Probe',
  audience: 'Tests',
  whenToUse: 'Tests',
  subject: 'About {{x}}',
  fields: [
    { id: 'x', label: 'X', kind: 'text', required: true, help: 'One line.', example: 'x' },
    { id: 'y', label: 'Why', kind: 'multiline', required: true, help: 'Several lines.', example: 'y' },
    { id: 'n', label: 'Names', kind: 'names', required: true, help: 'Names.', example: 'a; b' },
  ],
  personalFieldId: 'y',
  body: [
    { type: 'address', lines: ['{{x}}'] },
    { type: 'salutation', text: 'Dear {{x}},' },
    { type: 'paragraph', text: 'Before {{x}} after.' },
    { type: 'paragraph', text: '{{y}}' },
    { type: 'paragraph', text: 'With {{n}}.' },
    { type: 'questions', emptyText: 'None' },
    { type: 'references', heading: 'References' },
    { type: 'signoff', closing: 'Yours,', lines: ['{{x}}'] },
  ],
});

/** Strings that look like markup, mixed with arbitrary Unicode (including control characters and lone surrogates). */
const nasty = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '<script>alert(1)</script>',
        '<img src=x onerror=alert(1)>',
        '&amp;',
        '&lt;b&gt;',
        '"><svg/onload=alert(1)>',
        '<![CDATA[',
        ']]>',
        '{{x}}',
        '[X]',
        'javascript:alert(1)',
        '\u0000',
        '\u202e',
        '\n\n',
        ' ',
      ),
      fc.string({ unit: 'binary', maxLength: 12 }),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => parts.join(''));

const ALLOWED_KEYS = new Set([
  'templateId',
  'templateTitle',
  'subject',
  'blocks',
  'type',
  'lines',
  'iso',
  'text',
  'content',
  'optionalId',
  'personal',
  'intro',
  'items',
  'empty',
  'heading',
  'closing',
  'number',
  'questionId',
  'refs',
  'title',
  'publisher',
  'date',
  'url',
  'archiveUrl',
  'detail',
  'fieldId',
  'label',
]);

/** Every key in the model is one we know, and every leaf is a string, number or boolean. */
function shapeProblems(value: unknown, path = ''): string[] {
  if (value === null || value === undefined) return [`${path}: null`];
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => shapeProblems(v, `${path}[${i}]`));
  if (typeof value === 'object') {
    if (Object.getPrototypeOf(value) !== Object.prototype) return [`${path}: not a plain object`];
    return Object.entries(value).flatMap(([k, v]) =>
      ALLOWED_KEYS.has(k) ? shapeProblems(v, `${path}.${k}`) : [`${path}.${k}: unknown key`],
    );
  }
  return [`${path}: ${typeof value}`];
}

const contentOf = (doc: LetterDocument, type: string) =>
  doc.blocks.filter((b) => b.type === type).map((b) => ('content' in b ? b.content : []));

describe('user text is always text', () => {
  it('a single-line value lands verbatim (after clean-up) in one text node, between the template’s own text', () => {
    fc.assert(
      fc.property(nasty, (x) => {
        const clean = cleanSingleLine(x);
        fc.pre(clean.length > 0);
        const { document: doc } = renderLetter(
          template,
          { x, y: 'y', n: ['a'] },
          { questions: [], includeParagraphs: [], sources: SOURCES, today: TODAY },
        );
        const para = contentOf(doc, 'paragraph')[0];
        expect(para).toEqual<Inline[]>([
          { type: 'text', text: 'Before ' },
          { type: 'text', text: clean, fieldId: 'x' },
          { type: 'text', text: ' after.' },
        ]);
        expect(contentOf(doc, 'salutation')[0]).toEqual<Inline[]>([
          { type: 'text', text: 'Dear ' },
          { type: 'text', text: clean, fieldId: 'x' },
          { type: 'text', text: ',' },
        ]);
        expect(shapeProblems(doc)).toEqual([]);
        // The plain-text export carries it unchanged: no escaping, no interpretation.
        expect(toPlainText(doc, { width: 0 })).toContain(`Before ${clean} after.`);
      }),
      { numRuns: 300 },
    );
  });

  it('a multi-line value becomes paragraphs whose text nodes are exactly its own paragraphs', () => {
    fc.assert(
      fc.property(nasty, (y) => {
        const expected = cleanMultiline(y)
          .split('\n\n')
          .map((p) => p.trim())
          .filter(Boolean);
        fc.pre(expected.length > 0);
        const { document: doc } = renderLetter(
          template,
          { x: 'x', y, n: ['a'] },
          { questions: [], includeParagraphs: [], sources: SOURCES, today: TODAY },
        );
        const personal = doc.blocks.filter((b) => b.type === 'paragraph' && b.personal);
        const got = personal.map((b) => (b.type === 'paragraph' ? b.content : []));
        expect(got).toEqual(expected.map((text) => [{ type: 'text', text, fieldId: 'y' }]));
        expect(shapeProblems(doc)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('names and questions stay text too', () => {
    fc.assert(
      fc.property(fc.array(nasty, { minLength: 1, maxLength: 4 }), nasty, nasty, (names, qText, pageTitle) => {
        const q: BasketQuestion = {
          id: 'q',
          text: qText,
          source: { pageTitle, pageUrl: 'https://example.org/a?b=<c>' },
        };
        const r = renderLetter(
          template,
          { x: 'x', y: 'y', n: names },
          { questions: [q], includeParagraphs: [], sources: SOURCES, today: TODAY },
        );
        expect(shapeProblems(r.document)).toEqual([]);
        const items = r.document.blocks.flatMap((b) => (b.type === 'questions' ? b.items : []));
        const cleanQ = cleanSingleLine(qText);
        expect(items.map((i) => i.text)).toEqual(cleanQ ? [cleanQ] : []);
        const withNames = contentOf(r.document, 'paragraph').find((c) => c[0]?.text === 'With ');
        const cleanNames = names.map(cleanSingleLine).filter(Boolean);
        if (cleanNames.length) {
          expect(withNames?.[1]).toMatchObject({ type: 'text', fieldId: 'n' });
          for (const name of cleanNames) expect(withNames?.[1].text).toContain(name);
        } else expect(withNames?.[1]).toMatchObject({ type: 'placeholder', fieldId: 'n', text: '[Names]' });
      }),
      { numRuns: 200 },
    );
  });
});
