import { bundledGlossary } from '../glossary/data';
import type { BestMatch } from './best-match';
import { searchFor } from './for-glossary';
import type { SearchHit } from './search';

export type { BestMatch } from './best-match';
export { BEST_MATCH_THRESHOLD } from './best-match';
export { searchFor } from './for-glossary';
export { foldForSearch } from './normalise';
export type { SearchHit, TermSearch } from './search';
export { createTermSearch } from './search';

/** Searches the bundled glossary, best first. */
export function searchTerms(query: string): SearchHit[] {
  return searchFor(bundledGlossary()).search(query);
}

/** The bundled term a selection names, or undefined ("Explain this selection"). */
export function bestMatch(text: string): BestMatch | undefined {
  return searchFor(bundledGlossary()).bestMatch(text);
}
