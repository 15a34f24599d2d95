import { type Source, sourceSchema, type Term, termSchema } from '../../../lib/glossary/schema';
import type { Glossary } from '../../../lib/glossary/validate';
import { readGlossaryFiles } from '../../harness/glossary';

/**
 * The glossary as data/ holds it right now, entry by entry. Search and UI
 * tests need real terms even while an editor's half-finished cross-reference
 * makes the whole glossary invalid; bundled-data.test.ts is what guards
 * validity, so here an entry that parses on its own is enough.
 */
export function currentGlossary(): Glossary {
  const files = readGlossaryFiles();
  const terms = files.terms.flatMap(({ data }) =>
    (Array.isArray(data) ? data : []).flatMap((raw): Term[] => {
      const parsed = termSchema.safeParse(raw);
      return parsed.success ? [parsed.data] : [];
    }),
  );
  const sources = files.sources.flatMap(({ data }) =>
    (Array.isArray(data) ? data : []).flatMap((raw): Source[] => {
      const parsed = sourceSchema.safeParse(raw);
      return parsed.success ? [parsed.data] : [];
    }),
  );
  return {
    terms,
    termsById: new Map(terms.map((t) => [t.id, t])),
    sources: new Map(sources.map((s) => [s.id, s])),
  };
}
