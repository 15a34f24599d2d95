import { describe, expect, it } from 'vitest';
import { matchWindows, matchWindowsOfAll } from '../../../lib/content/windows';
import { compileMatcher } from '../../../lib/match/compile';
import { findMatches } from '../../../lib/match/scan';

const matcher = compileMatcher([
  { id: 'control-total', phrases: ['control total'], acronyms: [] },
  { id: 'icb', phrases: ['integrated care board'], acronyms: ['ICB'] },
]);

function allMatches(text: string, size: number) {
  return [...matchWindows(matcher, text, size)].flat();
}

describe('matching a long text in windows', () => {
  it('gives the same matches as one pass over the whole text', () => {
    const text = Array.from({ length: 400 }, (_, i) =>
      i % 7 === 0 ? 'the ICB agreed a control total' : 'words of a minute',
    ).join(' ');
    expect(allMatches(text, 1000)).toEqual(findMatches(matcher, text));
  });

  it('finds a phrase that straddles a window boundary exactly once', () => {
    const text = `${'x '.repeat(495)}integrated care board ${'y '.repeat(500)}`;
    const found = allMatches(text, 1000);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['integrated care board']);
  });

  it('yields one window for a short text', () => {
    expect([...matchWindows(matcher, 'the ICB', 1000)]).toHaveLength(1);
  });

  it('cuts a long text into several windows so no single step reads it all', () => {
    expect([...matchWindows(matcher, 'word '.repeat(10_000), 4096)].length).toBeGreaterThan(10);
  });
});

describe('matching with several matchers', () => {
  const local = compileMatcher([
    { id: 'local-wy-icb', phrases: ['West Yorkshire Integrated Care Board'], acronyms: ['WYICB'] },
  ]);

  it('lets the first matcher win where two overlap', () => {
    const text = 'The West Yorkshire Integrated Care Board met.';
    const found = [...matchWindowsOfAll([local, matcher], text)].flat();
    expect(found.map((m) => m.termIds[0])).toEqual(['local-wy-icb']);
  });

  it('keeps matches of both where they do not overlap, in text order', () => {
    const text = 'The ICB and the WYICB agreed a control total.';
    const found = [...matchWindowsOfAll([local, matcher], text)].flat();
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['ICB', 'WYICB', 'control total']);
  });
});
