/**
 * Find within the document: the reader's words matched case-insensitively,
 * any run of white space matching any other (a PDF line end is a space in our
 * page text), and typographic quotes and dashes matching their plain forms,
 * because PDFs made from word processors are full of them.
 */
export interface FindHit {
  /** 1-based page number. */
  page: number;
  start: number;
  end: number;
}

const EQUIVALENTS: Record<string, string> = {
  "'": "['\u2018\u2019\u02bc]",
  '\u2019': "['\u2018\u2019\u02bc]",
  '"': '["\u201c\u201d]',
  '-': '[-\u2010\u2011\u2012\u2013\u2014]',
};

export const MAX_HITS = 10_000;

export function queryPattern(query: string): RegExp | undefined {
  const trimmed = query.trim();
  if (!trimmed) return undefined;
  let source = '';
  for (const ch of trimmed) {
    if (/\s/.test(ch)) {
      if (!source.endsWith('\\s+')) source += '\\s+';
    } else if (EQUIVALENTS[ch]) {
      source += EQUIVALENTS[ch];
    } else {
      source += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
  }
  return new RegExp(source, 'giu');
}

export function findInText(text: string, pattern: RegExp, page: number, limit = MAX_HITS): FindHit[] {
  const hits: FindHit[] = [];
  pattern.lastIndex = 0;
  for (const m of text.matchAll(pattern)) {
    if (hits.length >= limit) break;
    hits.push({ page, start: m.index, end: m.index + m[0].length });
  }
  return hits;
}

/** The hit to show first: the first on or after `page`, wrapping to the start. */
export function firstHitFrom(hits: readonly FindHit[], page: number): number {
  if (!hits.length) return -1;
  const i = hits.findIndex((h) => h.page >= page);
  return i < 0 ? 0 : i;
}

/** The next (+1) or previous (-1) hit, wrapping at either end. */
export function stepHit(count: number, current: number, direction: 1 | -1): number {
  if (!count) return -1;
  if (current < 0) return direction > 0 ? 0 : count - 1;
  return (current + direction + count) % count;
}
