import { describe, expect, it } from 'vitest';
import { clashesWith } from '../../../lib/local-terms/claims';
import { collectionProblems } from '../../../lib/local-terms/collection';
import { PLACE_BOARD, VIRTUAL_WARD } from './fixtures';

describe('wordings two local terms share', () => {
  it('compare phrases the way the glossary does: case, hyphens and & do not matter', () => {
    const rival = { ...PLACE_BOARD, phrases: ['Hospital-At-Home'] };
    expect(clashesWith(rival, [VIRTUAL_WARD]).map((c) => c.claim.text)).toEqual(['Hospital-At-Home']);
  });

  it('compare abbreviations exactly, as the matcher marks them', () => {
    expect(clashesWith({ ...PLACE_BOARD, acronyms: ['Vw'] }, [VIRTUAL_WARD])).toEqual([]);
    expect(clashesWith({ ...PLACE_BOARD, acronyms: ['VW'] }, [VIRTUAL_WARD])).toHaveLength(1);
  });

  it('make no problem for terms that share nothing', () => {
    expect(collectionProblems([VIRTUAL_WARD, PLACE_BOARD])).toEqual([]);
  });

  it('are reported on the later term, naming the earlier one', () => {
    expect(collectionProblems([VIRTUAL_WARD, { ...PLACE_BOARD, headword: 'Virtual Ward' }])).toEqual([
      { index: 1, field: 'headword', message: '"Virtual Ward" is also claimed by #1 “Virtual ward”' },
    ]);
  });
});
