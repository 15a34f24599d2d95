import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWord } from '../../../lib/match/normalise';
import { normaliseText } from '../../../lib/match/tokens';

/** Folding and normalising are projections: applying them twice changes nothing more, on any input. */

const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom(
    'neighborhoods',
    'organizations',
    'programs',
    'Centering',
    'CCG\u2019s',
    'co\u00ADordinate',
    '\uD800',
  ),
);

describe('the normaliser', () => {
  it('folds a word to a form that folds to itself', () => {
    fc.assert(
      fc.property(anyString, (word) => {
        const once = foldWord(word);
        expect(foldWord(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('normalises text to a form that normalises to itself', () => {
    fc.assert(
      fc.property(anyString, (text) => {
        const once = normaliseText(text);
        expect(normaliseText(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });
});
