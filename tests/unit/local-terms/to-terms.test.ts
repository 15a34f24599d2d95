import { describe, expect, it } from 'vitest';
import { termSchema } from '../../../lib/glossary/schema';
import { isLocalTermId, splitDefinition, toTerms } from '../../../lib/local-terms/to-terms';
import { PLACE_BOARD, VIRTUAL_WARD } from './fixtures';

describe('toTerms', () => {
  const [ward] = toTerms([VIRTUAL_WARD]);

  it('gives each term an id local-<slug> and marks it as the user’s own', () => {
    expect(ward.id).toBe('local-virtual-ward');
    expect(ward.local).toBe(true);
    expect(isLocalTermId(ward.id)).toBe(true);
  });

  it('matches the headword as well as the other wordings and abbreviations', () => {
    expect(ward.match).toEqual({ phrases: ['Virtual ward', 'hospital at home'], acronyms: ['VW'] });
  });

  it('does not list a headword twice when a variant repeats it', () => {
    const [term] = toTerms([{ ...PLACE_BOARD, phrases: ['place  board', 'Place-board'] }]);
    expect(term.match.phrases).toEqual(['Place board']);
  });

  it('treats a headword written as one of its abbreviations as that abbreviation only', () => {
    const [term] = toTerms([{ ...PLACE_BOARD, headword: 'PCN', acronyms: ['PCN'] }]);
    expect(term.match).toEqual({ phrases: [], acronyms: ['PCN'] });
  });

  it('is current, cites no sources, and carries the link when one is given', () => {
    expect(ward).toMatchObject({
      era: { status: 'current' },
      sources: [],
      link: VIRTUAL_WARD.link,
      category: 'performance-and-services',
    });
    expect(toTerms([PLACE_BOARD])[0]).not.toHaveProperty('link');
  });

  it('turns each question into one the letter builder can address', () => {
    expect(ward.questions).toEqual([
      { text: 'How many virtual ward beds does our area have?', askWho: ['health-scrutiny-committee'] },
      { text: 'How often are they full?', askWho: ['health-scrutiny-committee'] },
    ]);
  });

  it('meets the glossary term schema apart from the rules only bundled terms have', () => {
    const parsed = termSchema.safeParse(ward);
    const paths = parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'));
    // Local terms cite no sources, may have fewer than two questions, and a short definition has no detail.
    expect(paths.filter((p) => !['sources', 'questions', 'detail'].includes(p))).toEqual([]);
  });

  it('leaves out stored entries that fail the schema instead of failing them all', () => {
    expect(toTerms([{ headword: 'broken' }, PLACE_BOARD, null]).map((t) => t.id)).toEqual(['local-place-board']);
  });

  it('answers [] for nothing stored', () => {
    expect(toTerms(null)).toEqual([]);
    expect(toTerms(undefined)).toEqual([]);
  });
});

describe('splitting a definition into summary and detail', () => {
  it('keeps a one-sentence definition whole as the summary', () => {
    expect(splitDefinition('A board.')).toEqual({ summary: 'A board.', detail: '' });
  });

  it('puts the first sentences in the summary while they fit the glossary’s summary length', () => {
    const long = `Many${' word'.repeat(31)}.`;
    expect(splitDefinition(`First sentence. Second one. ${long} Last.`)).toEqual({
      summary: 'First sentence. Second one.',
      detail: `${long} Last.`,
    });
  });
});
