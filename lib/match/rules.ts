import type { Term } from '../glossary/schema';
import type { MatchRule } from './compile';

/** The part of each glossary term the matcher needs; kept apart so the compiled matcher never carries prose. */
export function rulesFromTerms(terms: readonly Term[]): MatchRule[] {
  return terms.map((t) => ({
    id: t.id,
    phrases: [...t.match.phrases],
    acronyms: [...t.match.acronyms],
    ...(t.sense ? { group: t.sense.group } : {}),
  }));
}
