import type { InlineConfig } from 'vite';

/**
 * How the extension pages (popup, glossary, letter, options, viewer) share
 * code. Each file a page loads costs it a few milliseconds before its script
 * can run (measured on the popup: about 3 ms per module preload in Chromium),
 * so what the pages share goes into one chunk, and only the heavy parts that
 * a page or two need stay apart: PDF.js, the .docx writer and the page matcher.
 */
const LOADED_ON_DEMAND = /[\\/]components[\\/]viewer[\\/]|virtual:scrutiny-lens\/matcher/;

export const PAGE_CHUNK_GROUPS = [
  { name: 'pdf', test: /node_modules[\\/]pdfjs-dist[\\/]/, priority: 2 },
  { name: 'docx', test: /node_modules[\\/](docx|fflate|nanoid)[\\/]/, priority: 2 },
  // The viewer's own code and the compiled page matcher load on demand, so they stay out of what every page loads.
  { name: 'shared', test: (id: string) => !LOADED_ON_DEMAND.test(id), minShareCount: 2, priority: 1 },
];

interface BuiltEntrypoint {
  inputPath: string;
}

/** Applies the groups to the build of the HTML pages; content and background scripts are single IIFE files. */
export function groupPageChunks(entrypoints: readonly BuiltEntrypoint[], config: InlineConfig): void {
  if (!entrypoints.length || !entrypoints.every((e) => e.inputPath.endsWith('.html'))) return;
  config.build ??= {};
  config.build.rolldownOptions ??= {};
  const output = config.build.rolldownOptions.output;
  if (Array.isArray(output)) return;
  config.build.rolldownOptions.output = { ...output, codeSplitting: { groups: PAGE_CHUNK_GROUPS } };
}
