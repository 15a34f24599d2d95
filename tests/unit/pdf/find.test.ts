import { describe, expect, it } from 'vitest';
import { findInText, firstHitFrom, queryPattern, stepHit } from '../../../lib/pdf/find';

const find = (text: string, query: string) =>
  findInText(text, queryPattern(query)!, 1).map((h) => text.slice(h.start, h.end));

describe('find', () => {
  it('ignores case', () => {
    expect(find('The Better Care Fund', 'better care fund')).toEqual(['Better Care Fund']);
  });

  it('lets one space match a line end or several spaces', () => {
    expect(find('Better  Care\nFund', 'better care fund')).toEqual(['Better  Care\nFund']);
  });

  it('matches typographic apostrophes and dashes with plain ones', () => {
    expect(find('the council’s 2025–26 plan', "council's 2025-26")).toEqual(['council’s 2025–26']);
  });

  it('treats the reader’s words as text, not as a pattern', () => {
    expect(find('costs (£m) and c.5%', '(£m)')).toEqual(['(£m)']);
  });

  it('has nothing to find for blank input', () => {
    expect(queryPattern('   ')).toBeUndefined();
  });

  it('finds every occurrence with its offsets and page', () => {
    expect(findInText('ICB and ICB', queryPattern('icb')!, 4)).toEqual([
      { page: 4, start: 0, end: 3 },
      { page: 4, start: 8, end: 11 },
    ]);
  });
});

describe('stepping through hits', () => {
  const hits = [3, 3, 7].map((page, i) => ({ page, start: i, end: i + 1 }));

  it('starts at the first hit on or after the page being read', () => {
    expect(firstHitFrom(hits, 5)).toBe(2);
  });

  it('wraps to the first hit from past the last page', () => {
    expect(firstHitFrom(hits, 9)).toBe(0);
  });

  it('wraps forwards and backwards', () => {
    expect([stepHit(3, 2, 1), stepHit(3, 0, -1)]).toEqual([0, 2]);
  });
});
