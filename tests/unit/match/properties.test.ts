import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWord } from '../../../lib/match/normalise';
import { findMatches } from '../../../lib/match/scan';
import { normaliseText } from '../../../lib/match/tokens';
import { matcher, RULES } from './fixture-rules';

/** Filler words made of letters that no glossary word in RULES consists of only, so filler can never match. */
const filler = fc
  .array(fc.constantFrom('q', 'x', 'z', 'j', 'v', 'w', 'k'), { minLength: 1, maxLength: 6 })
  .map((cs) => cs.join(''));
const fillerText = fc.array(filler, { maxLength: 8 }).map((ws) => ws.join(' '));

const separator = fc.constantFrom(
  ' ',
  '  ',
  '\u00A0',
  '\u202F',
  '\t',
  '\n',
  '\r\n  ',
  '-',
  '\u2011',
  '\u2013',
  ' \u2014 ',
);
const suffix = fc.constantFrom('', 's', "'s", '\u2019s');
const boundary = fc.constantFrom(' ', '. ', ', ', ' (', '\n', '; ');

/** A glossary form as a page might print it: any case and spacing for phrases, exact for acronyms, maybe inflected. */
const occurrence = fc
  .record({
    rule: fc.constantFrom(...RULES),
    pick: fc.nat(),
    asPhrase: fc.boolean(),
    seps: fc.array(separator, { minLength: 8, maxLength: 8 }),
    caseBits: fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
    suffix,
  })
  .filter(({ rule, asPhrase }) => (asPhrase ? rule.phrases.length : rule.acronyms.length) > 0)
  .map(({ rule, pick, asPhrase, seps, caseBits, suffix: sfx }) => {
    if (!asPhrase) {
      const acronym = rule.acronyms[pick % rule.acronyms.length];
      return { id: rule.id, surface: acronym + sfx };
    }
    const phrase = rule.phrases[pick % rule.phrases.length];
    const words = phrase.split(' ');
    const spaced = words.map((w, i) => (i === 0 ? w : seps[i % seps.length] + w)).join('');
    const cased = [...spaced].map((c, i) => (caseBits[i % 64] ? c.toUpperCase() : c.toLowerCase())).join('');
    // Only a word ending in a letter takes a plural or possessive ("section 75s" is not a form the glossary promises).
    return { id: rule.id, surface: /[a-z]$/i.test(cased) ? cased + sfx : cased };
  });

describe('properties of the scan', () => {
  it('always finds a glossary form inserted into unrelated text, exactly where it was put', () => {
    fc.assert(
      fc.property(fillerText, boundary, occurrence, boundary, fillerText, (before, open, occ, close, after) => {
        const prefix = before + open;
        const text = prefix + occ.surface + close + after;
        const matches = findMatches(matcher, text);
        expect(matches).toHaveLength(1);
        expect(matches[0]).toMatchObject({ start: prefix.length, end: prefix.length + occ.surface.length });
        expect(matches[0].termIds).toContain(occ.id);
      }),
      { numRuns: 500 },
    );
  });

  it('finds nothing in text written without the letters of any term', () => {
    const alphabet = fc.constantFrom(...'qxzjvwkQXZJVWK0123456789 .,;:-\u2013\'\u2019&/\n\t\u00A0()"'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 200 }), (chars) => {
        expect(findMatches(matcher, chars.join(''))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('returns in-bounds, ordered, non-overlapping matches for any text', () => {
    const anyPiece = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 20 }),
      occurrence.map((o) => o.surface),
      separator,
      boundary,
    );
    const ids = new Set(RULES.map((r) => r.id));
    fc.assert(
      fc.property(fc.array(anyPiece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const matches = findMatches(matcher, text);
        let lastEnd = 0;
        for (const m of matches) {
          expect(m.start).toBeGreaterThanOrEqual(lastEnd);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.termIds.length).toBeGreaterThan(0);
          for (const id of m.termIds) expect(ids.has(id)).toBe(true);
          lastEnd = m.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('properties of the normaliser', () => {
  it('normaliseText is idempotent on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        const once = normaliseText(s);
        expect(normaliseText(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('normaliseText is idempotent on prose-like text with glossary forms', () => {
    const piece = fc.oneof(
      occurrence.map((o) => o.surface),
      separator,
      boundary,
      fc.constantFrom('Organization', 'PROGRAMS', 'Neighbor', 'centered', "x's", 'ize'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const once = normaliseText(pieces.join(''));
        expect(normaliseText(once)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  it('foldWord is idempotent on any string', () => {
    const wordish = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc
        .array(
          fc.constantFrom(
            'i',
            'z',
            'y',
            'e',
            's',
            'd',
            "'",
            '\u2019',
            'ation',
            'neighbor',
            'center',
            'program',
            'labor',
            'Z',
            'I',
          ),
          { maxLength: 8 },
        )
        .map((p) => p.join('')),
    );
    fc.assert(
      fc.property(wordish, (w) => {
        expect(foldWord(foldWord(w))).toBe(foldWord(w));
      }),
      { numRuns: 3000 },
    );
  });
});
