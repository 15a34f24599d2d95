import type { Term } from '../glossary/schema';
import { type CompiledMatcher, compileMatcher } from './compile';
import { findMatches } from './scan';

/**
 * Choosing between senses of a shared abbreviation (ICP: integrated care pilot
 * or partnership; STP: plan or partnership). The words around it are the best
 * evidence; the page's year is the tie-breaker, because senses belong to eras.
 */

export interface SenseCandidate {
  id: string;
  /** Words that, near the abbreviation, point to this sense. Matched with the same tolerances as glossary phrases. */
  cues: readonly string[];
  /** Era bounds as in the glossary: YYYY, YYYY-MM or YYYY-MM-DD. */
  from?: string;
  until?: string;
  /** The sense's abbreviations (its match.acronyms): the senses of "STP" share one, those of "section 75" none. */
  abbreviations?: readonly string[];
}

export function senseCandidate(term: Term): SenseCandidate {
  return {
    id: term.id,
    cues: term.sense?.cues ?? [],
    abbreviations: term.match.acronyms,
    ...(term.era.from ? { from: term.era.from } : {}),
    ...(term.era.until ? { until: term.era.until } : {}),
  };
}

/** A window of `radius` characters either side of a match, to pass to rankSenses(). */
export function contextAround(text: string, start: number, end: number, radius = 300): string {
  return text.slice(Math.max(0, start - radius), Math.min(text.length, end + radius));
}

const yearOf = (date: string | undefined) => (date ? Number(date.slice(0, 4)) : undefined);

/** +1 when the page's year falls in the sense's era, -1 when it falls outside, 0 when either is unknown. */
function eraFit(c: SenseCandidate, pageYear: number | undefined): number {
  if (pageYear === undefined || (!c.from && !c.until)) return 0;
  const from = yearOf(c.from) ?? Number.NEGATIVE_INFINITY;
  const until = yearOf(c.until) ?? Number.POSITIVE_INFINITY;
  return pageYear >= from && pageYear <= until ? 1 : -1;
}

// Each cue becomes a rule; one shared group lets two senses claim the same cue word without either losing it.
const CUE_GROUP = 'cue';
const cueMatchers = new Map<string, CompiledMatcher>();

function cueMatcher(candidates: readonly SenseCandidate[]): CompiledMatcher {
  const cacheKey = JSON.stringify(candidates.map((c) => c.cues));
  let matcher = cueMatchers.get(cacheKey);
  if (!matcher) {
    matcher = compileMatcher(
      candidates.flatMap((c, ci) =>
        c.cues.map((cue, k) => ({ id: `${ci}:${k}`, phrases: [cue], acronyms: [], group: CUE_GROUP })),
      ),
    );
    // A page has few ambiguous groups; the cap only guards against a caller that builds candidates on the fly.
    if (cueMatchers.size > 64) cueMatchers.clear();
    cueMatchers.set(cacheKey, matcher);
  }
  return matcher;
}

/** How many of each candidate's cues occur in the context (distinct cues, so a repeated word does not outvote two different ones). */
function cueCounts(candidates: readonly SenseCandidate[], context: string): number[] {
  const found = candidates.map(() => new Set<number>());
  for (const m of findMatches(cueMatcher(candidates), context)) {
    for (const id of m.termIds) {
      const [ci, k] = id.split(':').map(Number);
      found[ci].add(k);
    }
  }
  return found.map((s) => s.size);
}

/**
 * Orders candidate ids from most to least likely. When the candidates are
 * the senses of one abbreviation, a sense the page has spelled out
 * (`spelledOut`, see spelledOutSense) comes first: an author who writes
 * "Sustainability and Transformation Plan (STP)" has said what "STP" means on
 * that page, whatever words surround a later use. (Not so for words the senses
 * share that are not an abbreviation: "section 75" of one Act says nothing of
 * a "section 75" of another further on.) Otherwise each distinct cue found is
 * worth two points and the era one, so words on the page outweigh the date,
 * but the date settles a page that gives no other clue. Remaining ties go to
 * the sense that is current (no `until`), then the later one, then input order.
 */
export function rankSenses(
  candidates: readonly SenseCandidate[],
  context: string,
  pageYear?: number,
  spelledOut?: string,
): string[] {
  const shared = candidates[0]?.abbreviations ?? [];
  const isAbbreviation =
    candidates.length > 1 && shared.some((a) => candidates.every((c) => c.abbreviations?.includes(a)));
  const favoured = isAbbreviation ? spelledOut : undefined;
  const cues = cueCounts(candidates, context);
  const scored = candidates.map((c, i) => ({
    c,
    i,
    score: 2 * cues[i] + eraFit(c, pageYear),
    current: c.until ? 0 : 1,
    from: yearOf(c.from) ?? Number.NEGATIVE_INFINITY,
  }));
  scored.sort(
    (a, b) =>
      Number(b.c.id === favoured) - Number(a.c.id === favoured) ||
      b.score - a.score ||
      b.current - a.current ||
      b.from - a.from ||
      a.i - b.i,
  );
  return scored.map((s) => s.c.id);
}
