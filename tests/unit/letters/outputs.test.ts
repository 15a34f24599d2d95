import { describe, expect, it } from 'vitest';
import { letterToDocx, letterToDocxBlob, QUESTION_NUMBERING } from '../../../lib/letters/docx';
import type { LetterDocument } from '../../../lib/letters/model';
import { toPlainText, wrap } from '../../../lib/letters/plain-text';
import { defaultParagraphs, renderLetter } from '../../../lib/letters/render';
import { decodeXml, exampleValues, loadTemplates, QUESTIONS, SOURCES, TODAY, unzip, wordTexts } from './helpers';

const templates = loadTemplates();
const scrutiny = templates.get('scrutiny-chair-obtain-plans')!;

function render(values = exampleValues(scrutiny), questions = QUESTIONS) {
  return renderLetter(scrutiny, values, {
    questions,
    includeParagraphs: defaultParagraphs(scrutiny),
    sources: SOURCES,
    today: TODAY,
  }).document;
}

describe('plain text', () => {
  const text = toPlainText(render());

  it('keeps lines within the width, except unbreakable web addresses', () => {
    for (const line of text.split('\n'))
      if (!/https?:\/\//.test(line)) expect(line.length, line).toBeLessThanOrEqual(72);
  });

  it('has the date, salutation, numbered questions with a hanging indent, and the sign-off', () => {
    expect(text).toContain('\n22 November 2026\n');
    expect(text).toContain('Dear Councillor Priya Shah,');
    expect(text).toMatch(
      /\n1\. Will the committee ask the ICB for its Joint Forward Plan and this\n {3}year’s financial plan, and publish them\? \[\d+\]\[\d+\]\n2\. Will the ICB’s/,
    );
    expect(text.trimEnd().endsWith('alex.morgan@example.org')).toBe(true);
    expect(text).toMatch(/Yours sincerely,\n\nAlex Morgan\n12 Station Road\nFinchley\nN3 2SB\n/);
  });

  it('lists references with full addresses and archive copies', () => {
    expect(text).toContain('References');
    expect(text).toMatch(/\[1\] The Local Authority \(Public Health/);
    expect(text).toContain('    https://www.legislation.gov.uk/uksi/2013/218/regulation/26\n');
    expect(text).toContain(
      '    Archived copy: https://web.archive.org/web/2023/https://www.england.nhs.uk/long-read/guidance-on-developing-the-joint-forward-plan/',
    );
    expect(text).toMatch(/Guidance on developing the joint forward plan\. NHS England, 23\s+December 2022\./);
    expect(text).toMatch(/Board papers, 25 September 2026\. Page 14\./);
  });

  it('shows unfilled placeholders as [Field label]', () => {
    const t = toPlainText(render({ ...exampleValues(scrutiny), recipient_name: '' }));
    expect(t).toContain("Dear [Chair's name],");
  });

  it('can leave wrapping to the mail program', () => {
    const unwrapped = toPlainText(render(), { width: 0 });
    expect(unwrapped).toMatch(
      /^I am writing to you as chair of the Adults and Health Scrutiny Committee, .+ in public\.$/m,
    );
  });

  it('wrap() never breaks a long word and keeps existing line breaks', () => {
    expect(wrap('a https://example.org/a/very/long/address b', 10)).toBe(
      'a\nhttps://example.org/a/very/long/address\nb',
    );
    expect(wrap('one\ntwo three', 8, '  ', '- ')).toBe('- one\n  two\n  three');
  });
});

describe('.docx', () => {
  const doc = render();
  let files: Map<string, Buffer>;
  let xml: string;

  it('is a zip with a Word document inside', async () => {
    const bytes = await letterToDocx(doc);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    files = unzip(bytes);
    expect([...files.keys()]).toEqual(
      expect.arrayContaining(['word/document.xml', 'word/numbering.xml', 'docProps/core.xml', '[Content_Types].xml']),
    );
    xml = files.get('word/document.xml')!.toString('utf8');
  });

  it('contains the letter’s text', () => {
    const text = wordTexts(xml).join('');
    expect(text).toContain('Dear Councillor Priya Shah,');
    expect(text).toContain('22 November 2026');
    expect(text).toContain('My mother waited eleven hours in A&E last winter');
    expect(text).toContain('Yours sincerely,');
    expect(xml).toContain('A&amp;E');
  });

  it('has the heading as a Word heading', () => {
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>/);
  });

  it('puts the questions in a real numbered list', () => {
    const numbered = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:numPr>(?:(?!<\/w:p>).)*?<\/w:p>/gs)].map((m) =>
      wordTexts(m[0]).join(''),
    );
    expect(numbered).toHaveLength(2);
    expect(numbered[0]).toMatch(/^Will the committee ask the ICB/);
    expect(numbered[1]).toMatch(/^Will the ICB’s chief finance officer/);
    const numbering = files.get('word/numbering.xml')!.toString('utf8');
    expect(numbering).toContain('<w:numFmt w:val="decimal"/>');
    expect(numbering).toContain('<w:lvlText w:val="%1."/>');
    expect(QUESTION_NUMBERING).toBe('letter-questions');
  });

  it('links the references (ExternalHyperlink → external relationship, any #fragment as w:anchor)', () => {
    const rels = files.get('word/_rels/document.xml.rels')!.toString('utf8');
    const targetOf = new Map(
      [...rels.matchAll(/<Relationship [^>]*>/g)]
        .filter((m) => m[0].includes('TargetMode="External"'))
        .map((m) => [/Id="([^"]+)"/.exec(m[0])![1], decodeXml(/Target="([^"]+)"/.exec(m[0])![1])]),
    );
    // Word joins the relationship's target and the hyperlink's anchor with "#".
    const links = [...xml.matchAll(/<w:hyperlink ([^>]*)>/g)].map((m) => {
      const id = /r:id="([^"]+)"/.exec(m[1])?.[1] ?? '';
      const anchor = /w:anchor="([^"]+)"/.exec(m[1])?.[1];
      return `${targetOf.get(id)}${anchor ? `#${decodeXml(anchor)}` : ''}`;
    });
    expect(links).toEqual(
      expect.arrayContaining([
        'https://www.legislation.gov.uk/uksi/2013/218/regulation/26',
        'https://www.england.nhs.uk/long-read/guidance-on-developing-the-joint-forward-plan/',
        'https://web.archive.org/web/2023/https://www.england.nhs.uk/long-read/guidance-on-developing-the-joint-forward-plan/',
        'https://www.example-icb.nhs.uk/board/2026-09.pdf#page=14',
      ]),
    );
    const refs = doc.blocks.find((b) => b.type === 'references');
    const expected =
      refs?.type === 'references' ? refs.items.flatMap((r) => [r.url, r.archiveUrl].filter(Boolean)) : [];
    expect(links).toEqual(expected);
  });

  it('sets the document properties', () => {
    const core = files.get('docProps/core.xml')!.toString('utf8');
    expect(core).toContain('<dc:creator>Scrutiny Lens</dc:creator>');
    expect(core).toContain(`<dc:title>${doc.subject}</dc:title>`);
  });

  it('highlights placeholders nobody filled', async () => {
    const d = render({ ...exampleValues(scrutiny), icb_name: '' });
    const x = unzip(await letterToDocx(d))
      .get('word/document.xml')!
      .toString('utf8');
    expect(x).toMatch(/<w:highlight w:val="yellow"\/>(?:(?!<\/w:r>).)*<w:t[^>]*>\[Integrated care board\]<\/w:t>/s);
  });

  it('keeps markup-like user text as escaped text and drops characters XML cannot hold', async () => {
    const nasty = '<script>alert("x")</script> & <w:p> ]]> \u0001';
    const d: LetterDocument = render({ ...exampleValues(scrutiny), why_it_matters: nasty });
    const x = unzip(await letterToDocx(d))
      .get('word/document.xml')!
      .toString('utf8');
    expect(x).not.toContain('<script>');
    expect(x).not.toMatch(/<w:p>\s*]]>/);
    expect(wordTexts(x)).toContain('<script>alert("x")</script> & <w:p> ]]>');
  });

  it('also comes as a Blob of the right type', async () => {
    const blob = await letterToDocxBlob(doc);
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(blob.size).toBeGreaterThan(1000);
  });
});
