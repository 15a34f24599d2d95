import { type DataFile, type Glossary, validateGlossary } from './validate';

/**
 * The bundled glossary. Vite inlines every JSON file under data/ at build
 * time, so the extension ships the data and never fetches it.
 */
const termFiles = import.meta.glob<unknown>('../../data/terms/*.json', { eager: true, import: 'default' });
const sourceFiles = import.meta.glob<unknown>('../../data/sources/*.json', { eager: true, import: 'default' });

function toFiles(files: Record<string, unknown>): DataFile[] {
  return Object.entries(files)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, data]) => ({ file: path.replace(/^(\.\.\/)+/, ''), data }));
}

let cached: Glossary | undefined;

export function bundledGlossary(): Glossary {
  if (cached) return cached;
  const result = validateGlossary({ terms: toFiles(termFiles), sources: toFiles(sourceFiles) });
  if (!result.ok) throw new Error(`The bundled glossary is invalid:\n${result.errors.join('\n')}`);
  cached = result.glossary;
  return cached;
}
