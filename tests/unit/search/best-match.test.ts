import { describe, expect, it } from 'vitest';
import { BEST_MATCH_THRESHOLD } from '../../../lib/search/best-match';
import { createTermSearch } from '../../../lib/search/search';
import { currentGlossary } from './current-glossary';

const glossary = currentGlossary();
const { bestMatch } = createTermSearch(glossary.terms);

/** Selected page text, and the term "Explain this selection" must explain. Ids are checked against data/terms. */
const NAMES: ReadonlyArray<readonly [selection: string, termId: string]> = [
  ['ICB', 'integrated-care-board'],
  ["the ICB's", 'integrated-care-board'],
  ['control totals', 'control-total'],
  ['Health & Wellbeing Board', 'health-and-wellbeing-board'],
  ['contol totl', 'control-total'],
  ['intergrated care sytem', 'integrated-care-system'],
  ['the system agreed its control totals in March', 'control-total'],
];

const UNRELATED = ['The weather is lovely today', 'physics', 'contract', 'Board', 'care', '', '   '];

describe('bestMatch (explain this selection)', () => {
  it('has every term id of its table in data/terms', () => {
    const missing = NAMES.map(([, id]) => id).filter((id) => !glossary.termsById.has(id));
    expect(missing).toEqual([]);
  });

  it.each(NAMES)('explains "%s" as %s', (selection, termId) => {
    expect(bestMatch(selection)?.term.id).toBe(termId);
  });

  it.each(UNRELATED)('explains nothing for "%s"', (selection) => {
    expect(bestMatch(selection)).toBeUndefined();
  });

  it('is sure of an exact name and less sure of a misspelling', () => {
    expect(bestMatch('control total')?.score).toBe(1);
    const misspelt = bestMatch('contol totl')?.score ?? 0;
    expect(misspelt).toBeLessThan(1);
    expect(misspelt).toBeGreaterThanOrEqual(BEST_MATCH_THRESHOLD);
  });

  it('does not read an abbreviation inside an ordinary word ("ICS" in "physics")', () => {
    expect(bestMatch('the physics of it')).toBeUndefined();
  });
});
