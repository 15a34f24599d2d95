import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchWindows } from '../../../lib/content/windows';
import type { Match } from '../../../lib/match/scan';
import { findMatches } from '../../../lib/match/scan';
import { matcher, RULES } from '../match/fixture-rules';

/**
 * Whatever a page holds, the matcher answers: no throw, and matches that a
 * painter can use as they are (inside the text, in order, never overlapping).
 * Page text is arbitrary UTF-16, lone surrogates and all.
 */

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((u) => String.fromCharCode(u));
const termSurface = fc.constantFrom(...RULES.flatMap((r) => [...r.phrases, ...r.acronyms]));
const oddPiece = fc.constantFrom(
  '\u00AD', // soft hyphen
  '\u200B', // zero-width space
  '\u0301', // combining acute
  '\u202E', // right-to-left override
  '\u0000',
  '\uFEFF',
  "'",
  '\u2019s',
  '-',
  '\u2011',
  '\n',
  '\u00A0',
  '😀',
  'İ',
  'ß',
);
/** Text a hostile or broken page might hold: glossary words mixed with everything that can go wrong around them. */
const pageText = fc
  .array(
    fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), loneSurrogate, termSurface, oddPiece, fc.constant(' ')),
    {
      maxLength: 40,
    },
  )
  .map((parts) => parts.join(''));
const anyText = fc.oneof(pageText, fc.string({ unit: 'binary', maxLength: 300 }));

function problems(text: string, matches: readonly Match[]): string[] {
  const out: string[] = [];
  let lastEnd = 0;
  for (const [i, m] of matches.entries()) {
    if (!(Number.isInteger(m.start) && Number.isInteger(m.end))) out.push(`#${i}: offsets not integers`);
    if (!(m.start >= 0 && m.start < m.end && m.end <= text.length))
      out.push(`#${i}: [${m.start}, ${m.end}) out of bounds`);
    if (m.start < lastEnd) out.push(`#${i}: starts at ${m.start}, before the previous match ends at ${lastEnd}`);
    if (!m.termIds.length || m.termIds.some((id) => typeof id !== 'string' || !id)) out.push(`#${i}: no term id`);
    lastEnd = m.end;
  }
  return out;
}

describe('the matcher, on any text', () => {
  it('never throws, and its matches are in bounds, in order and never overlap', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(problems(text, findMatches(matcher, text))).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps those guarantees when a long text is matched in windows, however small', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 4, max: 64 }), (text, windowSize) => {
        const matches = [...matchWindows(matcher, text, windowSize)].flat();
        expect(problems(text, matches)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('finds the same terms in a text whichever way it is windowed, when windows are cut at spaces', () => {
    const words = fc.array(fc.oneof(termSurface, fc.constantFrom('lorem', 'ipsum', 'dolor', 'sit')), { maxLength: 60 });
    fc.assert(
      fc.property(words, fc.integer({ min: 48, max: 200 }), (ws, windowSize) => {
        const text = ws.join(' ');
        const whole = findMatches(matcher, text);
        expect([...matchWindows(matcher, text, windowSize)].flat()).toEqual(whole);
      }),
      { numRuns: 500 },
    );
  });
});
