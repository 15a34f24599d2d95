import data from 'virtual:scrutiny-lens/glossary';
import type { Term } from './schema';
import type { Glossary } from './validate';

/**
 * The bundled glossary. It was validated when the extension was built (see
 * lib/build/glossary-plugin.ts), so at run time it only needs indexing.
 */
let cached: Glossary | undefined;

export function bundledGlossary(): Glossary {
  if (!cached) {
    cached = {
      terms: data.terms,
      termsById: new Map(data.terms.map((t) => [t.id, t])),
      sources: new Map(data.sources.map((s) => [s.id, s])),
    };
  }
  return cached;
}

/** A glossary with the user's own terms added (they come first, so their words win a tie on the page). */
export function withLocalTerms(base: Glossary, local: readonly Term[]): Glossary {
  if (!local.length) return base;
  const terms = [...local, ...base.terms];
  return { terms, termsById: new Map(terms.map((t) => [t.id, t])), sources: base.sources };
}
