import { bundledGlossaryForTests } from '../../../harness/glossary';

/*
 * Stands in for lib/glossary/data.ts, whose data comes from a Vite virtual
 * module that the unit project cannot load: the same files, read from disk.
 * Use with `vi.mock('@/lib/glossary/data', () => import('./glossary-stub'))`.
 */
const glossary = bundledGlossaryForTests();

export function bundledGlossary() {
  return glossary;
}
