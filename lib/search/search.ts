import Fuse from 'fuse.js';
import type { Term } from '../glossary/schema';
import { type BestMatch, bestMatchIn } from './best-match';
import { expandQuery, withoutPluralS } from './expand';
import { byEraThenHeadword } from './rank';
import { MINOR_WORDS, recordOf, type SearchRecord } from './records';
import { similarity } from './similarity';

export interface SearchHit {
  term: Term;
  /** 0–1, higher is closer: 1 for an exact headword or abbreviation, less for partial and fuzzy matches. */
  score: number;
}

export interface TermSearch {
  /** Every term that fits the query, best first. An empty query gives no hits. */
  search(query: string): SearchHit[];
  /** The term a piece of selected page text names ("Explain this selection"), or undefined if none. */
  bestMatch(text: string): BestMatch | undefined;
}

/**
 * How far a fuzzy hit may be from the query (Fuse's 0 = exact, 1 = anything).
 * 0.4 admits two slips in a ten-letter word ("contol totl") while "xylophone"
 * still finds nothing.
 */
const FUZZY_THRESHOLD = 0.4;

/**
 * Bitap handles 32 characters at a time and searches a longer pattern chunk
 * by chunk; a name is rarely longer, and a 45-character query took 100 ms.
 */
const FUZZY_MAX_LENGTH = 32;

/**
 * Fuzzy matching covers the names a reader would type (headword, abbreviations,
 * expansion); the variant phrases are still found exactly and by their
 * beginnings, but Bitap over all 500-odd of them doubled a keystroke's cost.
 * Summaries are searched by word
 * instead (see summaryMentions): Bitap over 174 summaries took 140–600 ms a
 * query in Node, too slow for a search that runs on every keystroke.
 */
const FUSE_KEYS = [
  { name: 'headword', weight: 3 },
  { name: 'acronyms', weight: 3 },
  { name: 'expansion', weight: 2 },
];

/**
 * Fuzzy search is for misspellings, which need a few letters to mean anything;
 * and only its best few hits can matter to a reader, so only those are ranked
 * against every name (an edit distance each). Both keep a keystroke's search
 * within a few milliseconds.
 */
const FUZZY_MIN_LENGTH = 3;
const FUZZY_LIMIT = 20;

/** How alike a misspelt query and a whole name must be for the name to lead the fuzzy hits. */
const CLOSE_NAME = 0.6;

/** Ranks: an exact name, then a name the query begins, then anything fuzzy. */
const EXACT = 0;
const PARTIAL = 1;
const FUZZY = 2;

interface Candidate {
  record: SearchRecord;
  rank: number;
  /** Within a rank, lower is better. */
  distance: number;
}

function exactDistance(record: SearchRecord, forms: readonly string[]): number | undefined {
  const own = [record.headword, ...record.acronyms];
  for (const form of forms) {
    for (const f of [form, withoutPluralS(form)]) {
      if (!f) continue;
      if (own.includes(f)) return 0;
      if (record.names.includes(f)) return 0.1;
    }
  }
  return undefined;
}

/**
 * A query that a name begins with, or that begins one of its later words
 * ("wellbeing" in "health and wellbeing board"), or that spells the
 * headword's initials.
 */
function partialDistance(record: SearchRecord, forms: readonly string[]): number | undefined {
  let best: number | undefined;
  const consider = (d: number) => {
    if (best === undefined || d < best) best = d;
  };
  for (const form of forms) {
    if (!form) continue;
    for (const name of record.names) {
      // One letter already narrows the list to the names it begins; inside names it would match nearly everything.
      if (name.startsWith(form)) consider(name === record.headword ? 0 : 0.1);
      else if (form.length >= 2 && !MINOR_WORDS.has(form) && name.includes(` ${form}`)) consider(0.3);
    }
    if (form.length >= 3 && record.initials.includes(form)) consider(0.2);
  }
  return best;
}

/**
 * How alike a query is to a name, or to the name's first words when the query
 * has fewer ("intergrated" → "integrated care board"). A whole name counts for
 * a little more than its beginning.
 */
function nameCloseness(form: string, name: string): number {
  const whole = similarity(form, name);
  const queryWords = form.split(' ').length;
  const nameWords = name.split(' ');
  if (queryWords >= nameWords.length) return whole;
  return Math.max(whole, 0.95 * similarity(form, nameWords.slice(0, queryWords).join(' ')));
}

/**
 * Fuse rewards a term for matching in several fields, so "contol totl" would
 * rank "system control total" (whose summary says "control total") above
 * "control total". A query that is a misspelling of a whole name is what the
 * reader meant, so such terms come first, closest first.
 */
function fuzzyDistance(record: SearchRecord, forms: readonly string[], fuseScore: number): number {
  let closest = 0;
  for (const form of forms) for (const name of record.names) closest = Math.max(closest, nameCloseness(form, name));
  return closest >= CLOSE_NAME ? (1 - closest) / 2 : 0.4 + fuseScore;
}

/** Whether every significant word of the query begins a word of the summary ("dementia", "waiting list"). */
function summaryMentions(record: SearchRecord, form: string): boolean {
  const words = form.split(' ').filter((w) => w.length >= 3 && !MINOR_WORDS.has(w));
  return words.length > 0 && words.every((w) => record.summary.startsWith(w) || record.summary.includes(` ${w}`));
}

/** Within the fuzzy rank: a close misspelling of a name, then a summary that mentions the query, then the rest. */
const MENTIONED_IN_SUMMARY = 0.3;

function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    a.rank - b.rank ||
    a.distance - b.distance ||
    // Shorter names first among partial hits: "icb" suggests "ICB annual assessment" before longer titles.
    (a.rank === PARTIAL ? a.record.headword.length - b.record.headword.length : 0) ||
    byEraThenHeadword(a.record.term, b.record.term)
  );
}

function scoreOf(c: Candidate): number {
  if (c.rank === EXACT) return 1 - c.distance / 10;
  if (c.rank === PARTIAL) return 0.9 - c.distance / 5;
  return Math.max(0.01, 0.7 * (1 - c.distance));
}

export function createTermSearch(terms: readonly Term[]): TermSearch {
  const records = terms.map(recordOf);
  const fuse = new Fuse(records, {
    keys: FUSE_KEYS,
    includeScore: true,
    ignoreLocation: true,
    ignoreDiacritics: true,
    threshold: FUZZY_THRESHOLD,
    minMatchCharLength: 2,
  });

  function search(query: string): SearchHit[] {
    const forms = expandQuery(query);
    if (!forms.length) return [];
    const candidates = new Map<SearchRecord, Candidate>();
    const offer = (c: Candidate) => {
      const held = candidates.get(c.record);
      if (!held || compareCandidates(c, held) < 0) candidates.set(c.record, c);
    };
    for (const record of records) {
      const exact = exactDistance(record, forms);
      if (exact !== undefined) {
        offer({ record, rank: EXACT, distance: exact });
        continue;
      }
      const partial = partialDistance(record, forms);
      if (partial !== undefined) offer({ record, rank: PARTIAL, distance: partial });
      else if (forms.some((f) => summaryMentions(record, f)))
        offer({ record, rank: FUZZY, distance: MENTIONED_IN_SUMMARY });
    }
    for (const form of forms) {
      if (form.length < FUZZY_MIN_LENGTH) continue;
      for (const hit of fuse.search(form.slice(0, FUZZY_MAX_LENGTH), { limit: FUZZY_LIMIT })) {
        // A term already found by its exact or partial name keeps that better rank; no need to measure it again.
        const held = candidates.get(hit.item);
        if (held && held.rank < FUZZY) continue;
        offer({ record: hit.item, rank: FUZZY, distance: fuzzyDistance(hit.item, forms, hit.score ?? 1) });
      }
    }
    return [...candidates.values()].sort(compareCandidates).map((c) => ({ term: c.record.term, score: scoreOf(c) }));
  }

  return { search, bestMatch: (text) => bestMatchIn(records, text) };
}
