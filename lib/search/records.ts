import type { Term } from '../glossary/schema';
import { foldForSearch, wordsOf } from './normalise';

/** What search knows about one term, folded once when the index is built. */
export interface SearchRecord {
  term: Term;
  headword: string;
  acronyms: string[];
  expansion: string;
  phrases: string[];
  summary: string;
  /** Folded forms that, typed in full, can only mean this term (or its senses). */
  names: string[];
  /** The initials of the headword, for short forms the glossary does not list ("pbr"). */
  initials: string[];
}

/** Words left out of initials the way the NHS leaves them out ("DHSC", "HWB"). */
export const MINOR_WORDS = new Set(['and', 'of', 'the', 'for', 'in', 'to', 'on', 'a', 'an', 'by']);

function initialsOf(folded: string): string[] {
  const words = wordsOf(folded).filter((w) => /^[a-z]/.test(w));
  if (words.length < 3) return [];
  const all = words.map((w) => w[0]).join('');
  const major = words
    .filter((w) => !MINOR_WORDS.has(w))
    .map((w) => w[0])
    .join('');
  return [...new Set([all, major])].filter((i) => i.length >= 3);
}

/** "Special measures (NHS trusts)" is also found as "special measures". */
function withoutQualifier(headword: string): string {
  return headword.replace(/\s*\([^)]*\)\s*$/, '');
}

export function recordOf(term: Term): SearchRecord {
  const headword = foldForSearch(term.headword);
  const bare = foldForSearch(withoutQualifier(term.headword));
  const acronyms = term.match.acronyms.map(foldForSearch);
  const expansion = term.expansion ? foldForSearch(term.expansion) : '';
  const phrases = term.match.phrases.map(foldForSearch);
  const names = [...new Set([headword, bare, ...acronyms, expansion, ...phrases].filter(Boolean))];
  return {
    term,
    headword,
    acronyms,
    expansion,
    phrases,
    summary: foldForSearch(term.summary),
    names,
    initials: initialsOf(bare),
  };
}
