import type { TermMeta } from '../glossary/term-meta';
import type { Settings } from '../settings/schema';
import type { HighlightKind } from './highlight-names';

/** Which highlight a match gets under the user's settings, or undefined to leave it unmarked. */
export function styleFor(
  meta: ReadonlyMap<string, TermMeta>,
  settings: Settings,
): (termIds: readonly string[]) => HighlightKind | undefined {
  const categories = new Set(settings.marks.categories);
  return (termIds) => {
    const term = meta.get(termIds[0]);
    if (!term) return undefined;
    if (term.local) return 'local';
    if (!categories.has(term.category)) return undefined;
    if (term.status === 'historical') return settings.marks.historical ? 'historical' : undefined;
    return 'term';
  };
}
