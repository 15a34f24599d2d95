import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DataFile, type Glossary, validateGlossary } from '../../lib/glossary/validate';
import { PROJECT_ROOT } from './server';

function readDir(dir: string): DataFile[] {
  return readdirSync(join(PROJECT_ROOT, dir))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({
      file: `${dir}/${f}`,
      data: JSON.parse(readFileSync(join(PROJECT_ROOT, dir, f), 'utf8')) as unknown,
    }));
}

/** The files under data/ as the extension bundles them, read with Node's file system (no Vite needed). */
export function readGlossaryFiles(): { terms: DataFile[]; sources: DataFile[] } {
  return { terms: readDir('data/terms'), sources: readDir('data/sources') };
}

export function bundledGlossaryForTests(): Glossary {
  const result = validateGlossary(readGlossaryFiles());
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.glossary;
}
