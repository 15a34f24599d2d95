import type { Category, Term } from './schema';

/**
 * The little the content script needs to know about each term to decide how
 * to mark it. The prose stays in the background until a card opens, so pages
 * load a small script.
 */
export interface TermMeta {
  id: string;
  category: Category;
  status: Term['era']['status'];
  local?: true;
  /** Marked only on a page that names the NHS (see lib/match/nhs-pages.ts). */
  nhsPagesOnly?: true;
}

export function metaOf(term: Term): TermMeta {
  return {
    id: term.id,
    category: term.category,
    status: term.era.status,
    ...(term.local ? { local: true as const } : {}),
    ...(term.match.nhsPagesOnly ? { nhsPagesOnly: true as const } : {}),
  };
}

/**
 * Every term's meta as the lens ships it: each category and status named once
 * and referred to by number, which takes the lens's copy from 15 KB to 5 KB
 * (the browser's cost of injecting the lens grows with its size).
 */
export interface PackedTermMeta {
  ids: string[];
  categories: Category[];
  statuses: Array<TermMeta['status']>;
  /** For each term, the number of its category in `categories`. */
  category: number[];
  /** For each term, the number of its status in `statuses`. */
  status: number[];
  /** The numbers of the terms marked only on pages that name the NHS. */
  nhsPagesOnly: number[];
}

export function packTermMeta(meta: readonly TermMeta[]): PackedTermMeta {
  const categories = [...new Set(meta.map((m) => m.category))];
  const statuses = [...new Set(meta.map((m) => m.status))];
  return {
    ids: meta.map((m) => m.id),
    categories,
    statuses,
    category: meta.map((m) => categories.indexOf(m.category)),
    status: meta.map((m) => statuses.indexOf(m.status)),
    nhsPagesOnly: meta.flatMap((m, i) => (m.nhsPagesOnly ? [i] : [])),
  };
}

export function unpackTermMeta(packed: PackedTermMeta): TermMeta[] {
  const nhsPagesOnly = new Set(packed.nhsPagesOnly);
  return packed.ids.map((id, i) => ({
    id,
    category: packed.categories[packed.category[i]],
    status: packed.statuses[packed.status[i]],
    ...(nhsPagesOnly.has(i) ? { nhsPagesOnly: true as const } : {}),
  }));
}

/** For a match's terms: whether it is marked only on a page that names the NHS (every one of its terms is). */
export function nhsPagesOnlyFor(meta: ReadonlyMap<string, TermMeta>): (termIds: readonly string[]) => boolean {
  return (termIds) => termIds.every((id) => meta.get(id)?.nhsPagesOnly === true);
}
