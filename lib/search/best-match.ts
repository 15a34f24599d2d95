import type { Term } from '../glossary/schema';
import { expandQuery, foldSelection, withoutPluralS } from './expand';
import { byEraThenHeadword } from './rank';
import type { SearchRecord } from './records';
import { similarity } from './similarity';

export interface BestMatch {
  term: Term;
  /** 0–1: 1 when the selection is a term's name; lower for a name inside a longer selection or a misspelling. */
  score: number;
}

/**
 * Below this a selection is not taken to mean any term. A misspelling must
 * keep about four letters in five ("intergrated care sytem" scores about 0.89);
 * ordinary words that merely resemble a name ("contract" and "control total")
 * fall well short.
 */
export const BEST_MATCH_THRESHOLD = 0.75;

/** Selections longer than this many words are read as text that mentions a term, never as a misspelt name. */
const MAX_NAME_WORDS = 8;

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (ch: string | undefined) => ch !== undefined && WORD_CHAR.test(ch);

/**
 * A whole-word occurrence, allowing a plural or possessive "s" after it.
 * Written without building a RegExp per name: compiling hundreds of Unicode
 * patterns per selection took most of a second.
 */
function occursIn(haystack: string, needle: string): boolean {
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (isWordChar(haystack[at - 1])) continue;
    let end = at + needle.length;
    if (haystack[end] === "'" || haystack[end] === '’') end += haystack[end + 1] === 's' ? 2 : 0;
    else if (haystack[end] === 's') end += 1;
    if (!isWordChar(haystack[end])) return true;
  }
  return false;
}

function better(a: BestMatch | undefined, b: BestMatch): BestMatch {
  if (!a || b.score > a.score) return b;
  if (b.score === a.score && byEraThenHeadword(b.term, a.term) < 0) return b;
  return a;
}

function exactMatch(records: readonly SearchRecord[], forms: readonly string[]): BestMatch | undefined {
  let best: BestMatch | undefined;
  const candidates = forms.flatMap((f) => [f, withoutPluralS(f)]).filter((f): f is string => !!f);
  for (const record of records) {
    if (candidates.some((f) => record.names.includes(f))) best = better(best, { term: record.term, score: 1 });
  }
  return best;
}

/**
 * The longest name mentioned in the selection. Abbreviations are looked for
 * with their capitals, as the matcher on the page does, so "ICS" is found in
 * "the ICS plan" but not in "physics".
 */
function containedMatch(records: readonly SearchRecord[], text: string, folded: string): BestMatch | undefined {
  let best: BestMatch | undefined;
  for (const record of records) {
    const spelledOut = record.names.filter((n) => n.length >= 4 && !record.acronyms.includes(n));
    const found = [
      ...spelledOut.filter((n) => occursIn(folded, n)).map((n) => n.length),
      ...record.term.match.acronyms.filter((a) => occursIn(text, a)).map((a) => a.length),
    ];
    if (!found.length) continue;
    const coverage = Math.min(1, Math.max(...found) / folded.length);
    best = better(best, {
      term: record.term,
      score: BEST_MATCH_THRESHOLD + (1 - BEST_MATCH_THRESHOLD) * 0.9 * coverage,
    });
  }
  return best;
}

function misspeltMatch(records: readonly SearchRecord[], forms: readonly string[]): BestMatch | undefined {
  let best: BestMatch | undefined;
  for (const record of records) {
    let closest = 0;
    for (const form of forms) for (const name of record.names) closest = Math.max(closest, similarity(form, name));
    // Never 1: a misspelling is never as sure as the name itself.
    if (closest >= BEST_MATCH_THRESHOLD) best = better(best, { term: record.term, score: closest * 0.99 });
  }
  return best;
}

/** The term a piece of selected page text most likely names, or undefined when it names none. */
export function bestMatchIn(records: readonly SearchRecord[], text: string): BestMatch | undefined {
  const folded = foldSelection(text);
  if (!folded) return undefined;
  const forms = [folded, ...expandQuery(folded).slice(1)];
  const exact = exactMatch(records, forms);
  if (exact) return exact;
  const contained = containedMatch(records, text, folded);
  const misspelt = folded.split(' ').length <= MAX_NAME_WORDS ? misspeltMatch(records, forms) : undefined;
  const best = contained && misspelt ? better(contained, misspelt) : (contained ?? misspelt);
  return best && best.score >= BEST_MATCH_THRESHOLD ? best : undefined;
}
