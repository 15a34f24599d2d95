import type { CompiledMatcher } from '../match/compile';
import { findMatches, type Match } from '../match/scan';

/**
 * A single text node can hold megabytes (a whole document pasted into one
 * <pre>). Matching it in one go would be one long task, so long texts are
 * matched in windows cut at white space. Each window is re-read from OVERLAP
 * characters earlier, which is longer than any glossary phrase, and keeps only
 * matches that start inside it and after the previous window's last match.
 */
// 8 K, not 32 K: the hostile-page suite measured a 32 K window of dense text at 20–60 ms of matching on
// a shared 2-core machine, one step that no slice budget can cut; 8 K keeps a step to a few milliseconds.
export const WINDOW = 8_192;
export const OVERLAP = 256;

export function* matchWindows(
  matcher: CompiledMatcher,
  text: string,
  windowSize = WINDOW,
): Generator<Match[], void, undefined> {
  if (text.length <= windowSize) {
    yield findMatches(matcher, text);
    return;
  }
  let from = 0;
  let lastEnd = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + windowSize);
    if (to < text.length) {
      const space = text.lastIndexOf(' ', to);
      if (space > from + windowSize / 2) to = space;
    }
    const readFrom = Math.max(0, from - OVERLAP);
    const readTo = Math.min(text.length, to + OVERLAP);
    const found: Match[] = [];
    for (const m of findMatches(matcher, text.slice(readFrom, readTo))) {
      const start = m.start + readFrom;
      if (start < from || start >= to || start < lastEnd) continue;
      found.push({ start, end: m.end + readFrom, termIds: m.termIds });
      lastEnd = m.end + readFrom;
    }
    yield found;
    from = to;
  }
}

/** Matches of several matchers over a text no longer than one window, in one call (see matchWindowsOfAll). */
export function matchAll(matchers: readonly CompiledMatcher[], text: string): Match[] {
  if (matchers.length === 1) return findMatches(matchers[0], text);
  let last: Match[] = [];
  for (const found of matchWindowsOfAll(matchers, text)) last = found;
  return last;
}

/**
 * Matches of several matchers over one text, as one ordered, non-overlapping
 * list. Where two overlap, the earlier matcher wins (the user's own terms come
 * first, so their words win on the page), then the longer match.
 */
export function* matchWindowsOfAll(
  matchers: readonly CompiledMatcher[],
  text: string,
): Generator<Match[], void, undefined> {
  if (matchers.length === 1) {
    yield* matchWindows(matchers[0], text);
    return;
  }
  const all: Array<Match & { rank: number }> = [];
  for (let rank = 0; rank < matchers.length; rank++) {
    for (const found of matchWindows(matchers[rank], text)) {
      for (const m of found) all.push({ ...m, rank });
      yield [];
    }
  }
  all.sort((a, b) => a.rank - b.rank || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Match[] = [];
  for (const m of all) {
    if (kept.some((k) => m.start < k.end && k.start < m.end)) continue;
    kept.push({ start: m.start, end: m.end, termIds: m.termIds });
  }
  kept.sort((a, b) => a.start - b.start);
  yield kept;
}
