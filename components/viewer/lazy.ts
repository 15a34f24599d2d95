import type { SliceMeter } from '@/lib/pdf/slice-meter';
import type { Engine } from './engine-config';

/**
 * The viewer's code arrives in three parts, each evaluated in a task of its
 * own: the page shell (this module's importer), then the glossary and
 * matcher, then PDF.js and the document view. Evaluated together they were
 * one task of over 100 ms before the reader saw anything.
 */
let engine: Promise<Engine> | undefined;
let documentModule: Promise<typeof import('./document-module')> | undefined;

export function loadEngine(meter: SliceMeter): Promise<Engine> {
  engine ??= import('./engine-config').then((m) => m.engineOnce(meter));
  return engine;
}

export function loadDocumentModule(meter: SliceMeter): Promise<typeof import('./document-module')> {
  // After the engine, so the two parts are not evaluated in the same task.
  documentModule ??= loadEngine(meter).then(() => import('./document-module'));
  return documentModule;
}
