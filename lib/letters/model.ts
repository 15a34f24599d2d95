/**
 * The structured letter that every output (preview, .txt, .docx, e-mail) is
 * made from. It is deliberately dumb data: strings in named slots. Nothing in it
 * is markup, so a renderer can only ever put user text on the page as text.
 */

/** A run of text. `fieldId` marks text that came from what the writer typed. */
export interface TextInline {
  type: 'text';
  text: string;
  fieldId?: string;
}

/** A placeholder nobody has filled yet, shown as `[Field label]`. */
export interface PlaceholderInline {
  type: 'placeholder';
  fieldId: string;
  label: string;
  /** Always `[${label}]`, so a renderer that only knows `text` still shows it. */
  text: string;
}

export type Inline = TextInline | PlaceholderInline;

/** One line of an address or sign-off. */
export type Line = Inline[];

export interface QuestionItem {
  /** 1-based position in the list. */
  number: number;
  /** The basket question's id, so the preview can link back to it. */
  questionId: string;
  text: string;
  /** Numbers of the references this question rests on. */
  refs: number[];
}

export interface ReferenceItem {
  number: number;
  title: string;
  publisher?: string;
  date?: string;
  /** Only ever an http(s) address; anything else is dropped before it gets here. */
  url?: string;
  archiveUrl?: string;
  /** A page or section pointer, e.g. "page 12" or "regulation 26". */
  detail?: string;
}

export type Block =
  | { type: 'address'; lines: Line[] }
  | { type: 'date'; iso: string; text: string }
  | { type: 'salutation'; content: Inline[] }
  | { type: 'heading'; content: Inline[] }
  | { type: 'paragraph'; content: Inline[]; optionalId?: string; personal?: boolean }
  | { type: 'questions'; intro?: Inline[]; items: QuestionItem[]; empty?: PlaceholderInline }
  | { type: 'references'; heading: string; intro?: string; items: ReferenceItem[] }
  | { type: 'signoff'; closing: string; lines: Line[] };

export type BlockType = Block['type'];

export interface LetterDocument {
  templateId: string;
  /** The template's title, e.g. "Ask the scrutiny chair to obtain the plans". */
  templateTitle: string;
  /** The subject line (e-mail subject, document title). */
  subject: string;
  blocks: Block[];
}

/** A question gathered from a glossary card or typed in the basket. */
export interface BasketQuestion {
  id: string;
  text: string;
  termId?: string;
  /** The page the writer was reading when they added it. */
  source?: { pageTitle: string; pageUrl: string; pdfPage?: number };
  /** Ids of entries in data/sources. */
  sourceRefs?: string[];
}

/** What the writer typed, by field id. `names` fields take a list. */
export type FieldValues = Record<string, string | readonly string[] | undefined>;

/** The plain text of a run of inlines. */
export function inlineText(content: readonly Inline[]): string {
  return content.map((i) => i.text).join('');
}

/** "Title. Publisher, date, detail." — the one-line citation both the .txt and the .docx print. */
export function referenceCitation(r: ReferenceItem): string {
  const details = [r.publisher, r.date, r.detail].filter(Boolean).join(', ');
  const title = /[.?!]$/.test(r.title) ? r.title.slice(0, -1) : r.title;
  return details ? `${title}. ${details[0].toUpperCase()}${details.slice(1)}.` : `${title}.`;
}
