import type { CompiledMatcher } from '../match/compile';
import { findMatches, type Match } from '../match/scan';
import type { TextSource } from '../page/long-text';

/**
 * A single text node can hold megabytes (a whole document pasted into one
 * <pre>). Matching it in one go would be one long task, so long texts are
 * matched in windows cut at white space. Each window is re-read from OVERLAP
 * characters earlier, which is longer than any glossary phrase, and keeps only
 * matches that start inside it and after the previous window's last match.
 * Only the window being matched is read from `text`, which for a block
 * holding a very long node is read from the page as it goes (LongText).
 */
// 8 K, not 32 K: the hostile-page suite measured a 32 K window of dense text at 20–60 ms of matching on
// a shared 2-core machine, one step that no slice budget can cut; 8 K keeps a step to a few milliseconds.
export const WINDOW = 8_192;
export const OVERLAP = 256;

export function* matchWindows(
  matcher: CompiledMatcher,
  text: TextSource,
  windowSize = WINDOW,
): Generator<Match[], void, undefined> {
  if (text.length <= windowSize) {
    yield findMatches(matcher, typeof text === 'string' ? text : text.slice());
    return;
  }
  let from = 0;
  let lastEnd = 0;
  while (from < text.length) {
    const readFrom = Math.max(0, from - OVERLAP);
    let to = Math.min(text.length, from + windowSize);
    // Read as far as the window could reach, then cut it back to the last space within it.
    const read = text.slice(readFrom, Math.min(text.length, to + OVERLAP));
    if (to < text.length) {
      const space = read.lastIndexOf(' ', to - readFrom) + readFrom;
      if (space > from + windowSize / 2) to = space;
    }
    const readTo = Math.min(text.length, to + OVERLAP);
    const found: Match[] = [];
    for (const m of findMatches(matcher, read.slice(0, readTo - readFrom))) {
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
export function matchAll(matchers: readonly CompiledMatcher[], text: TextSource): Match[] {
  if (matchers.length === 1) return findMatches(matchers[0], typeof text === 'string' ? text : text.slice());
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
  text: TextSource,
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
