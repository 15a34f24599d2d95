import type { Glossary } from '../glossary/validate';
import { createTermSearch, type TermSearch } from './search';

const searches = new WeakMap<Glossary, TermSearch>();

/** One search index per glossary, built on first use: building it folds every term. */
export function searchFor(glossary: Glossary): TermSearch {
  let search = searches.get(glossary);
  if (!search) {
    search = createTermSearch(glossary.terms);
    searches.set(glossary, search);
  }
  return search;
}
