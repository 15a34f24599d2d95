import type { Category, Term } from '@/lib/glossary/schema';
import type { Glossary } from '@/lib/glossary/validate';
import { searchFor } from '@/lib/search/for-glossary';
import { compareHeadwords } from '@/lib/search/rank';

export type EraFilter = Term['era']['status'] | 'all';

export interface TermFilter {
  query: string;
  category: Category | 'all';
  era?: EraFilter;
}

/** The letter a term is filed under in an A–Z list; headwords that start with a digit share "0–9". */
export function letterOf(term: Term): string {
  const first = term.headword
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .charAt(0)
    .toUpperCase();
  return /[A-Z]/.test(first) ? first : '0–9';
}

export const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

const sorted = new WeakMap<readonly Term[], readonly Term[]>();

/** The terms A–Z; a glossary's list is sorted once, however often the popup or glossary page renders it. */
export function alphabetical(terms: readonly Term[]): readonly Term[] {
  let list = sorted.get(terms);
  if (!list) {
    list = [...terms].sort(compareHeadwords);
    sorted.set(terms, list);
  }
  return list;
}

/**
 * The terms to show: with no query every term A–Z, with one the search hits
 * best first; either way only those in the chosen category and era.
 */
export function visibleTerms(glossary: Glossary, filter: TermFilter): Term[] {
  const query = filter.query.trim();
  const terms = query
    ? searchFor(glossary)
        .search(query)
        .map((hit) => hit.term)
    : alphabetical(glossary.terms);
  return terms.filter(
    (t) =>
      (filter.category === 'all' || t.category === filter.category) &&
      (!filter.era || filter.era === 'all' || t.era.status === filter.era),
  );
}
