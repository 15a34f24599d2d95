import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { letterToDocx } from '../../../lib/letters/docx';
import { toPlainText } from '../../../lib/letters/plain-text';
import { renderLetter } from '../../../lib/letters/render';
import { type LetterTemplate, letterTemplateSchema } from '../../../lib/letters/schema';
import { cleanSingleLine } from '../../../lib/letters/text';
import { SOURCES, TODAY, unzip, wordTexts } from '../letters/helpers';

/**
 * What a resident types into a letter is text in every output: the plain-text
 * copy carries it unchanged, and the Word file holds it as escaped text in a
 * run, never as elements of its own. (tests/unit/letters/html-safety.test.ts
 * checks the letter model itself.)
 */

const template: LetterTemplate = letterTemplateSchema.parse({
  id: 'probe',
  title: 'Probe',
  audience: 'Tests',
  whenToUse: 'Tests',
  subject: 'About {{x}}',
  fields: [
    { id: 'x', label: 'X', kind: 'text', required: true, help: 'One line.', example: 'x' },
    { id: 'y', label: 'Why', kind: 'multiline', required: true, help: 'Why you write.', example: 'y' },
  ],
  personalFieldId: 'y',
  body: [
    { type: 'salutation', text: 'Dear {{x}},' },
    { type: 'paragraph', text: 'Before {{x}} after.' },
    { type: 'paragraph', text: '{{y}}' },
    { type: 'questions', emptyText: 'None' },
    { type: 'references', heading: 'References' },
    { type: 'signoff', closing: 'Yours,', lines: ['{{x}}'] },
  ],
});

/** Markup for every output format, mixed with printable text. */
const markupLike = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '<script>alert(1)</script>',
        '</w:t></w:r><w:r><w:t>injected',
        '<w:p><w:r><w:t>new paragraph</w:t></w:r></w:p>',
        ']]>',
        '<?xml version="1.0"?>',
        '&amp;',
        '&#x3c;',
        '"\'',
        '{{x}}',
      ),
      fc.string({ unit: 'grapheme', maxLength: 10 }),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.join(''));

const letterWith = (x: string) =>
  renderLetter(template, { x, y: 'Because.' }, { questions: [], includeParagraphs: [], sources: SOURCES, today: TODAY })
    .document;

describe('a letter’s outputs, for any text a resident types', () => {
  it('the plain-text copy carries the text unchanged', () => {
    fc.assert(
      fc.property(markupLike, (x) => {
        const clean = cleanSingleLine(x);
        fc.pre(clean.length > 0);
        expect(toPlainText(letterWith(x), { width: 0 })).toContain(`Before ${clean} after.`);
      }),
      { numRuns: 200 },
    );
  });

  it('the Word file holds it as text: the same paragraphs and runs whatever it says, and the text read back intact', async () => {
    const shape = (xml: string) => xml.replace(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g, '<w:t/>');
    const plainXml = unzip(await letterToDocx(letterWith('plain words')))
      .get('word/document.xml')!
      .toString('utf8');
    await fc.assert(
      fc.asyncProperty(markupLike, async (x) => {
        const clean = cleanSingleLine(x);
        fc.pre(clean.length > 0 && !clean.includes('\n'));
        const xml = unzip(await letterToDocx(letterWith(x)))
          .get('word/document.xml')!
          .toString('utf8');
        expect(shape(xml)).toBe(shape(plainXml));
        expect(wordTexts(xml).join('')).toContain(`Before ${clean.toWellFormed()} after.`);
      }),
      { numRuns: 60 },
    );
  });
});
