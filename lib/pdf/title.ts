/**
 * A document's name for the title bar and for the letter's record of where a
 * question came from. PDFs often carry a useless Title ("Microsoft Word -
 * report v3.docx", "untitled", a file path), so the address's file name
 * stands in for those.
 */
const WORD_PREFIX = /^microsoft (word|powerpoint|excel) - /i;
const OFFICE_SUFFIX = /\.(docx?|pptx?|xlsx?|odt|rtf|pdf)$/i;
const USELESS = /^(untitled|document\d*|title|slide \d+|print|none|unknown|\s*)$/i;

export function documentTitle(pdfTitle: unknown, fallback: string): string {
  if (typeof pdfTitle !== 'string') return fallback;
  const cleaned = pdfTitle.replace(WORD_PREFIX, '').replace(OFFICE_SUFFIX, '').replace(/\s+/g, ' ').trim();
  if (USELESS.test(cleaned) || /[\\/]/.test(cleaned) || cleaned.length > 300) return fallback;
  return cleaned;
}

/** The year a PDF was made, from its `D:YYYYMMDD…` creation date; it helps choose between senses of ICP or STP. */
export function pdfYear(pdfDate: unknown): number | undefined {
  if (typeof pdfDate !== 'string') return undefined;
  const m = /^(?:D:)?(\d{4})/.exec(pdfDate.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  return year >= 1990 && year <= 2100 ? year : undefined;
}
