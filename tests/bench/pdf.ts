/**
 * The PDF viewer's speed on a long committee paper: a 100-page (and a
 * 200-page) PDF made from the Leeds Community Healthcare board pack in the
 * corpus, opened from a council address in the viewer of the built extension.
 * For each: the time from the viewer opening to the first page marked and to
 * every page read and marked; our longest slice of main-thread work (the
 * viewer's own instrumentation); and, in Chromium, the long tasks (over 50 ms)
 * the browser saw on the page, whoever caused them (PDF.js included).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { paginate, textPdf, wrap } from '../fixtures/pdf/make-pdf';
import {
  type BrowserKind,
  CORPUS_DIR,
  FIXTURES_DIR,
  launchWithExtension,
  openExtensionPage,
  startFixtureServer,
} from '../harness';
import { formatNumber, median, table } from './table';

export interface Row {
  browser: BrowserKind;
  document: string;
  pages: number;
  marks: number;
  /** Medians over the runs, in ms since the viewer page started loading. */
  openedMs: number;
  firstMarkedMs: number;
  allMarkedMs: number;
  /** Worst over the runs. */
  longestSliceMs: number;
  longestSliceLabel: string;
  matcherStartUpMs: number;
  /** Chromium only: long tasks while the page loaded its code and opened the document, and the longest. */
  loadLongTasks?: number;
  longestLoadLongTaskMs?: number;
  /** Chromium only: long tasks once the document was open (rendering, reading, marking), and the longest. */
  longTasks?: number;
  longestLongTaskMs?: number;
}

const RUNS = 3;
const SOURCE = 'lch_trust_board_public_papers_2025-09-04.md';
const HOST = 'democracy.leeds.gov.uk';

/** A long PDF of real board-pack prose, `pages` pages of Helvetica, cycling through the source if needed. */
export function boardPackPdf(pages: number): Uint8Array {
  const prose = readFileSync(join(CORPUS_DIR, SOURCE), 'utf8')
    .replace(/[#*_|\\]/g, ' ')
    .split(/\n{2,}/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const lines: string[] = [];
  for (let i = 0; paginate(lines).length <= pages; i++) lines.push(...wrap(prose[i % prose.length]), '');
  return textPdf(paginate(lines).slice(0, pages), {
    title: `Trust board papers (${pages} pages)`,
    creationDate: 'D:20250904090000Z',
  });
}

interface RunStats {
  openedMs: number;
  firstMarkedMs: number;
  allReadMs: number;
  marks: number;
  pagesRead: number;
  slice: { longestByLabel: Record<string, number> };
  longTasks: Array<{ start: number; duration: number }>;
}

async function oneRun(page: Page): Promise<RunStats> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const done = await page.evaluate(() =>
      Boolean((globalThis as { scrutinyLensViewer?: { allReadMs?: number } }).scrutinyLensViewer?.allReadMs),
    );
    if (done) break;
    if (Date.now() > deadline) throw new Error('the viewer did not finish reading the document in 2 minutes');
    await new Promise((r) => setTimeout(r, 200));
  }
  // Let the last paints and the long-task observer catch up.
  await new Promise((r) => setTimeout(r, 500));
  return page.evaluate(() => {
    type Meter = { snapshot(): { longestByLabel: Record<string, number> } };
    const s = (
      globalThis as unknown as {
        scrutinyLensViewer: {
          openedMs: number;
          firstMarkedMs: number;
          allReadMs: number;
          marks: number;
          pagesRead: number;
          meter: Meter;
        };
      }
    ).scrutinyLensViewer;
    const w = globalThis as unknown as { __longTasks?: Array<{ start: number; duration: number }> };
    return {
      openedMs: s.openedMs,
      firstMarkedMs: s.firstMarkedMs,
      allReadMs: s.allReadMs,
      marks: s.marks,
      pagesRead: s.pagesRead,
      slice: s.meter.snapshot(),
      longTasks: w.__longTasks ?? [],
    };
  });
}

async function measure(kind: BrowserKind, file: string, pages: number, log: (line: string) => void): Promise<Row> {
  const server = await startFixtureServer();
  const ext = await launchWithExtension(kind, { port: server.port });
  const runs: RunStats[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const tab = await ext.browser.newPage();
      if (kind === 'chromium') {
        await tab.evaluateOnNewDocument(() => {
          const w = globalThis as unknown as { __longTasks: Array<{ start: number; duration: number }> };
          w.__longTasks = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
          }).observe({ type: 'longtask', buffered: true });
        });
      }
      const src = server.url(HOST, `/fixtures/pdf/${file}`);
      await openExtensionPage(ext, `viewer.html?src=${encodeURIComponent(src)}`, tab);
      const run = await oneRun(tab);
      if (run.pagesRead !== pages) throw new Error(`read ${run.pagesRead} of ${pages} pages`);
      runs.push(run);
      log(
        `  ${kind} ${pages} pages, run ${i + 1}: first marked ${formatNumber(run.firstMarkedMs)} ms, all ${formatNumber(run.allReadMs)} ms`,
      );
      await tab.close();
    }
  } finally {
    await ext.close();
    await server.close();
  }
  // The matcher's one-off table building is the shared engine's, done before the document opens; reported apart.
  const startUp = new Set(['matcher start-up', 'matcher warm-up']);
  let longest = { ms: 0, label: '' };
  for (const run of runs) {
    for (const [label, ms] of Object.entries(run.slice.longestByLabel))
      if (!startUp.has(label) && ms > longest.ms) longest = { ms, label };
  }
  const matcherStartUpMs = Math.max(...runs.map((r) => r.slice.longestByLabel['matcher start-up'] ?? 0));
  const loading = runs.map((r) => r.longTasks.filter((t) => t.start < r.openedMs));
  const longTasks = runs.map((r) => r.longTasks.filter((t) => t.start >= r.openedMs));
  return {
    browser: kind,
    document: `board pack, ${pages} pages`,
    pages,
    marks: runs[0].marks,
    openedMs: median(runs.map((r) => r.openedMs)),
    firstMarkedMs: median(runs.map((r) => r.firstMarkedMs)),
    allMarkedMs: median(runs.map((r) => r.allReadMs)),
    longestSliceMs: longest.ms,
    longestSliceLabel: longest.label,
    matcherStartUpMs,
    ...(kind === 'chromium'
      ? {
          loadLongTasks: median(loading.map((l) => l.length)),
          longestLoadLongTaskMs: Math.max(0, ...loading.flat().map((t) => t.duration)),
          longTasks: median(longTasks.map((l) => l.length)),
          longestLongTaskMs: Math.max(0, ...longTasks.flat().map((t) => t.duration)),
        }
      : {}),
  };
}

export async function benchPdf(log: (line: string) => void = console.log): Promise<Row[]> {
  const made: string[] = [];
  const rows: Row[] = [];
  try {
    for (const pages of [100, 200]) {
      const file = `bench-${pages}-pages.pdf`;
      writeFileSync(join(FIXTURES_DIR, 'pdf', file), boardPackPdf(pages));
      made.push(file);
    }
    for (const kind of ['chromium', 'firefox'] as const) {
      for (const pages of [100, 200]) {
        try {
          rows.push(await measure(kind, `bench-${pages}-pages.pdf`, pages, log));
        } catch (error) {
          log(`  ${kind} ${pages} pages: not measured (${(error as Error).message})`);
        }
      }
    }
  } finally {
    for (const file of made) rmSync(join(FIXTURES_DIR, 'pdf', file), { force: true });
  }
  log(
    table(
      [
        'browser',
        'document',
        'marks',
        'opened ms',
        'first page marked ms',
        'all pages marked ms',
        'longest slice ms (what)',
        'matcher start-up ms',
        'long tasks opening (longest ms)',
        'long tasks once open (longest ms)',
      ],
      rows.map((r) => [
        r.browser,
        r.document,
        String(r.marks),
        r.openedMs,
        r.firstMarkedMs,
        r.allMarkedMs,
        `${formatNumber(r.longestSliceMs)} (${r.longestSliceLabel})`,
        r.matcherStartUpMs,
        r.loadLongTasks === undefined ? '–' : `${r.loadLongTasks} (${formatNumber(r.longestLoadLongTaskMs ?? 0)})`,
        r.longTasks === undefined ? '–' : `${r.longTasks} (${formatNumber(r.longestLongTaskMs ?? 0)})`,
      ]),
    ),
  );
  log(
    '(Times from the viewer page starting to load. Slices are our own work, measured in the viewer; long tasks are every task over 50 ms Chromium saw on the page, PDF.js included.)',
  );
  return rows;
}

// `npx tsx tests/bench/pdf.ts` runs it on its own, after `npm run build`.
if (import.meta.url === `file://${process.argv[1]}`) await benchPdf();
