import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../lib/match/compile';
import { keyHash } from '../../../lib/match/normalise';
import { findMatches, withKeyTable } from '../../../lib/match/scan';
import { found, matcher } from './fixture-rules';

describe('the longest match wins', () => {
  it('prefers "system control total" to "control total"', () => {
    expect(found('the system control total for 2025')).toEqual([['system control total', ['system-control-total']]]);
  });

  it('prefers the Joint committee to the committee it contains', () => {
    expect(found('the Joint Health Overview and Scrutiny Committee met')).toEqual([
      ['Joint Health Overview and Scrutiny Committee', ['jhosc']],
    ]);
  });

  it('still finds the shorter phrase on its own', () => {
    expect(found('the Health Overview and Scrutiny Committee met')).toEqual([
      ['Health Overview and Scrutiny Committee', ['hosc']],
    ]);
  });

  it('prefers a longer phrase to a shorter one at the same start (NHS England and NHS Improvement)', () => {
    expect(found('NHS England and NHS Improvement')).toEqual([['NHS England and NHS Improvement', ['nhse-i']]]);
  });

  it('falls back to the shorter phrase when the longer one is not completed', () => {
    expect(found('NHS England and NHS trusts')).toEqual([['NHS England', ['nhs-england']]]);
  });

  it('prefers a longer acronym to its prefix (NHSE/I over NHSE)', () => {
    expect(found('NHSE/I')).toEqual([['NHSE/I', ['nhse-i']]]);
  });
});

describe('matches are leftmost first and never overlap', () => {
  it('finds repeated terms in order', () => {
    expect(found('control total, then control total again').map(([s]) => s)).toEqual([
      'control total',
      'control total',
    ]);
  });

  it('reports offsets into the original text, spaces and all', () => {
    const text = 'See\u00A0the  ICB\u2019s integrated\n care board.';
    expect(findMatches(matcher, text).map((m) => [m.start, m.end])).toEqual([
      [9, 14],
      [15, 37],
    ]);
  });

  it('continues after a match rather than inside it', () => {
    // "control total" also starts inside "system control total"; it must not be reported as well.
    expect(found('system control total control total')).toEqual([
      ['system control total', ['system-control-total']],
      ['control total', ['control-total']],
    ]);
  });

  it('returns nothing for empty text', () => {
    expect(findMatches(matcher, '')).toEqual([]);
  });
});

describe('senses of one abbreviation are reported together', () => {
  it.each([
    ['ICP', ['integrated-care-partnership', 'integrated-care-pilot']],
    ['ICPs', ['integrated-care-partnership', 'integrated-care-pilot']],
    ['STP', ['stp-plan', 'stp-partnership']],
    ["STP's", ['stp-plan', 'stp-partnership']],
    ['section 75', ['section-75-agreement', 'section-75-pooled-budget']],
    ['Section\u00A075', ['section-75-agreement', 'section-75-pooled-budget']],
  ])('%s', (text, ids) => {
    expect(found(text)).toEqual([[text, ids]]);
  });

  it('reports one sense when the full phrase names it', () => {
    expect(found('integrated care partnership')).toEqual([
      ['integrated care partnership', ['integrated-care-partnership']],
    ]);
  });
});

describe('a compiled matcher is plain data', () => {
  const text = 'The ICB and CCGs met the Health & Wellbeing Board about the STP and section 75.';

  it('survives a JSON round trip and matches the same', () => {
    const copy = JSON.parse(JSON.stringify(matcher));
    expect(copy).toEqual(matcher);
    expect(findMatches(copy, text)).toEqual(findMatches(matcher, text));
  });

  it('is the same whatever the order of non-conflicting rules', () => {
    const reversed = compileMatcher(
      [
        { id: 'b', phrases: ['control total'], acronyms: [] },
        { id: 'a', phrases: ['system control total'], acronyms: ['SCT'] },
      ].reverse(),
    );
    expect(findMatches(reversed, 'the system control total and SCT').map((m) => m.termIds)).toEqual([['a'], ['a']]);
  });
});

describe('who owns a form when terms disagree', () => {
  it('gives a form to the term that declares it over one that only generates it as a plural', () => {
    const m = compileMatcher([
      { id: 'care-home', phrases: ['care home'], acronyms: [] },
      { id: 'care-homes-programme', phrases: ['care homes'], acronyms: [] },
    ]);
    expect(findMatches(m, 'care homes').map((x) => x.termIds)).toEqual([['care-homes-programme']]);
    expect(findMatches(m, 'care home').map((x) => x.termIds)).toEqual([['care-home']]);
  });

  it('keeps the first of two terms that claim one phrase without a shared sense group', () => {
    const m = compileMatcher([
      { id: 'first', phrases: ['operating plan'], acronyms: [] },
      { id: 'second', phrases: ['operating plan'], acronyms: [] },
    ]);
    expect(findMatches(m, 'operating plan').map((x) => x.termIds)).toEqual([['first']]);
  });

  it('joins a phrase match and an acronym match of the same span', () => {
    const m = compileMatcher([
      { id: 'phrase', phrases: ['ABC'], acronyms: [] },
      { id: 'acronym', phrases: [], acronyms: ['ABC'] },
    ]);
    expect(findMatches(m, 'ABC').map((x) => x.termIds)).toEqual([['phrase', 'acronym']]);
  });
});

describe('words whose hashes collide', () => {
  // "an" and "c0" share a running hash (31 × 97 + 110 = 31 × 99 + 48), so the hash alone cannot tell them apart.
  const m = withKeyTable(
    compileMatcher([
      { id: 'an-plan', phrases: ['an plan'], acronyms: [] },
      { id: 'c0-plan', phrases: ['c0 plan'], acronyms: [] },
    ]),
  );

  it('are told apart by their letters', () => {
    expect(keyHash('an')).toBe(keyHash('c0'));
    expect(findMatches(m, 'the an plan and the c0 plan').map((x) => [x.start, x.termIds])).toEqual([
      [4, ['an-plan']],
      [20, ['c0-plan']],
    ]);
  });

  it("do not match when only one of them is a key: the word with the key's hash is checked letter by letter", () => {
    const onlyAn = withKeyTable(compileMatcher([{ id: 'an-plan', phrases: ['an plan'], acronyms: [] }]));
    expect(findMatches(onlyAn, 'the c0 plan and the C0 plan')).toEqual([]);
    expect(findMatches(onlyAn, 'the AN plan').map((x) => x.termIds)).toEqual([['an-plan']]);
  });
});

describe('a matcher shipped with its key table', () => {
  const text =
    'The Integrated Care Boards agreed the system control totals; the neighborhood health plan and the CCG’s organization were noted.';

  it('finds exactly what the same matcher finds without one', () => {
    const plain = JSON.parse(JSON.stringify(matcher));
    const shipped = JSON.parse(JSON.stringify(withKeyTable(matcher)));
    expect(findMatches(shipped, text)).toEqual(findMatches(plain, text));
  });

  it('numbers every phrase key the trie uses, once each', () => {
    expect(new Set(Array.from(matcher.words.key))).toEqual(new Set(matcher.keys.map((_, i) => i)));
    expect(new Set(matcher.keys).size).toBe(matcher.keys.length);
  });
});
