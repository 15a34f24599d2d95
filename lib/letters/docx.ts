import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  type ParagraphChild,
  TextRun,
} from 'docx';
import type { Block, Inline, LetterDocument, Line, ReferenceItem } from './model';
import { referenceCitation } from './model';

/** The numbering definition the questions use; a real Word list, so Word renumbers it when edited. */
export const QUESTION_NUMBERING = 'letter-questions';

/** Characters XML 1.0 forbids. The renderer already removes them; this is the last line of defence. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const xmlSafe = (s: string) => s.toWellFormed().replace(XML_INVALID, '');

/** Text runs for one piece of text, turning line breaks into Word line breaks. */
function runs(text: string, style: { bold?: boolean; highlight?: boolean } = {}): TextRun[] {
  return xmlSafe(text)
    .split('\n')
    .map(
      (part, i) =>
        new TextRun({
          text: part,
          ...(i > 0 ? { break: 1 } : {}),
          ...(style.bold ? { bold: true } : {}),
          ...(style.highlight ? { highlight: 'yellow' as const } : {}),
        }),
    );
}

/** Unfilled placeholders are highlighted, so nobody posts a letter still saying [Your name]. */
function inlineRuns(content: readonly Inline[], bold = false): TextRun[] {
  return content.flatMap((i) => runs(i.text, { bold, highlight: i.type === 'placeholder' }));
}

function linesParagraph(lines: readonly Line[]): Paragraph {
  const children: TextRun[] = [];
  lines.forEach((line, i) => {
    if (i > 0) children.push(new TextRun({ text: '', break: 1 }));
    children.push(...inlineRuns(line));
  });
  return new Paragraph({ children, spacing: { after: 240 } });
}

const link = (url: string, text = url) =>
  new ExternalHyperlink({ link: url, children: [new TextRun({ text: xmlSafe(text), style: 'Hyperlink' })] });

function referenceParagraph(r: ReferenceItem): Paragraph {
  const children: ParagraphChild[] = [...runs(`[${r.number}] ${referenceCitation(r)}`)];
  if (r.url) children.push(new TextRun({ text: '', break: 1 }), link(r.url));
  if (r.archiveUrl) children.push(new TextRun({ text: '', break: 1 }), ...runs('Archived copy: '), link(r.archiveUrl));
  return new Paragraph({ children, spacing: { after: 160 }, indent: { left: 360, hanging: 360 } });
}

function blockParagraphs(b: Block): Paragraph[] {
  switch (b.type) {
    case 'address':
      return [linesParagraph(b.lines)];
    case 'date':
      return [new Paragraph({ children: runs(b.text), spacing: { after: 240 } })];
    case 'salutation':
      return [new Paragraph({ children: inlineRuns(b.content), spacing: { after: 200 } })];
    case 'heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: inlineRuns(b.content) })];
    case 'paragraph':
      return [new Paragraph({ children: inlineRuns(b.content), spacing: { after: 200 } })];
    case 'questions': {
      const out: Paragraph[] = [];
      if (b.intro) out.push(new Paragraph({ children: inlineRuns(b.intro), spacing: { after: 120 } }));
      if (b.empty) out.push(new Paragraph({ children: inlineRuns([b.empty]), spacing: { after: 200 } }));
      b.items.forEach((q, i) => {
        const refs = q.refs.length ? ` ${q.refs.map((n) => `[${n}]`).join('')}` : '';
        out.push(
          new Paragraph({
            numbering: { reference: QUESTION_NUMBERING, level: 0 },
            children: runs(`${q.text}${refs}`),
            spacing: { after: i === b.items.length - 1 ? 200 : 120 },
          }),
        );
      });
      return out;
    }
    case 'references': {
      const out = [new Paragraph({ heading: HeadingLevel.HEADING_3, children: runs(b.heading) })];
      if (b.intro) out.push(new Paragraph({ children: runs(b.intro), spacing: { after: 120 } }));
      out.push(...b.items.map(referenceParagraph));
      return out;
    }
    case 'signoff':
      return [
        new Paragraph({ children: runs(b.closing), spacing: { before: 200, after: 480 } }),
        ...(b.lines.length ? [linesParagraph(b.lines)] : []),
      ];
  }
}

/** The letter as a `docx` Document: headings, paragraphs, a numbered question list and linked references. */
export function letterToDocxDocument(doc: LetterDocument): Document {
  return new Document({
    title: xmlSafe(doc.subject),
    subject: xmlSafe(doc.subject),
    description: xmlSafe(doc.templateTitle),
    creator: 'Scrutiny Lens',
    lastModifiedBy: 'Scrutiny Lens',
    keywords: 'letter, NHS, scrutiny',
    styles: {
      default: { document: { run: { font: 'Arial', size: 24 } } },
    },
    numbering: {
      config: [
        {
          reference: QUESTION_NUMBERING,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 720, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections: [{ children: doc.blocks.flatMap(blockParagraphs) }],
  });
}

/** The .docx file's bytes. */
export async function letterToDocx(doc: LetterDocument): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await Packer.toArrayBuffer(letterToDocxDocument(doc)));
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The .docx file as a Blob, ready for a download link. */
export async function letterToDocxBlob(doc: LetterDocument): Promise<Blob> {
  return new Blob([await letterToDocx(doc)], { type: DOCX_MIME });
}
