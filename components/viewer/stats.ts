import { SliceMeter } from '@/lib/pdf/slice-meter';

/**
 * What the viewer is doing and how fast, on `window.scrutinyLensViewer` for
 * the end-to-end tests and the benchmark (they read it; nothing else does).
 * Times are milliseconds since the viewer page started loading.
 */
export const viewerStats = {
  state: 'loading' as string,
  meter: new SliceMeter(),
  pages: 0,
  pagesRead: 0,
  pagesWithText: 0,
  marks: 0,
  openedMs: undefined as number | undefined,
  firstMarkedMs: undefined as number | undefined,
  allReadMs: undefined as number | undefined,
};

(globalThis as { scrutinyLensViewer?: typeof viewerStats }).scrutinyLensViewer = viewerStats;
