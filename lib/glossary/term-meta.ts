import type { Category, Term } from './schema';

/**
 * The little the content script needs to know about each term to decide how
 * to mark it. The prose stays in the background until a card opens, so pages
 * load a small script.
 */
export interface TermMeta {
  id: string;
  category: Category;
  status: Term['era']['status'];
  local?: true;
}

export function metaOf(term: Term): TermMeta {
  return {
    id: term.id,
    category: term.category,
    status: term.era.status,
    ...(term.local ? { local: true as const } : {}),
  };
}
