/**
 * Marking speed on real pages, in headless Chromium with the built extension.
 * For each page: our time from the content script's start to every mark
 * painted, our main-thread time, our longest slice of work, and the long tasks
 * the browser saw after we started; then, on the same page in a browser
 * without the extension, the floor (one TreeWalker pass running one
 * precompiled pattern, painting nothing) and mark.js 8.11.1 marking the same
 * terms one keyword at a time, as highlighter extensions do.
 *
 * Ours and the floor are each measured twice, like for like. In a new tab:
 * the first page a reader opens, where V8 has compiled nothing yet (our
 * script, or the floor's pattern). And loaded again in one tab after a load
 * not counted: a reader moving between pages of a site, where V8 has our
 * compiled code and the floor's compiled pattern in its caches.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import type { PageTermsReply } from '../../lib/messages';
import { DEFAULT_SETTINGS, MARK_COLOURS } from '../../lib/settings/schema';
import { extensionPage, launchWithExtension, sendToTab, setStorage, startFixtureServer } from '../harness';
import { bundledGlossaryForTests } from '../harness/glossary';
import { type Phases, phasesOf } from './phases';
import { median } from './table';

export interface PageCase {
  label: string;
  host: string;
  path: string;
}

export const PAGES: PageCase[] = [
  {
    label: 'LCH board pack (433 KB)',
    host: 'www.leedscommunityhealthcare.nhs.uk',
    path: '/corpus/lch_trust_board_public_papers_2025-09-04.md',
  },
  {
    label: 'NHSE 2025/26 guidance (41 KB)',
    host: 'www.england.nhs.uk',
    path: '/corpus/nhse_priorities_operational_planning_guidance_2025-26.md',
  },
  {
    label: 'Kent ModernGov search (15 KB)',
    host: 'democracy.kent.gov.uk',
    path: '/corpus/moderngov_search_kent_substance_misuse.html',
  },
  {
    label: 'Stratford home page, no terms (49 KB)',
    host: 'www.stratford.gov.uk',
    path: '/corpus/stratford_council_home_page_c2010.html',
  },
];

export interface PageResult {
  page: PageCase;
  marks: number;
  terms: number;
  /**
   * In a new tab each time: from the gate (the content script in the manifest) starting to every mark
   * painted, waits included: the page's first frame, the gate's test, the lens's injection and the scan.
   */
  oursMs: number[];
  /** The same loads, the way from the gate's start to the last mark painted, phase by phase (see Phases). */
  phasesMs: Phases[];
  /** In a new tab each time: our main-thread time (the work meter's total), the scan without the waits between slices. */
  busyMs: number[];
  /** In a new tab each time: from the content script beginning to load to its session starting (its modules and data). */
  startupMs: number[];
  /** Loaded again in one tab, after a load not counted: our main-thread time. */
  busyWarmMs: number[];
  /**
   * In a new tab each time: the full scan's own main-thread time (its slices: the walk, the matching, the
   * painting; on a page the gate rules out, its test alone), the part of "busy" that does what the floor does.
   */
  passMs: number[];
  /** Loaded again in one tab: the same. */
  passWarmMs: number[];
  /**
   * One page, in a new tab, scanned again and again in the same content script (each scan set off by a
   * change of mark colour): the pass of each scan, the first load's first. Medians across RUNS pages.
   */
  passRepeatedMs: number[];
  /** Loaded again in one tab: the content script's loading. */
  startupWarmMs: number[];
  longestSliceMs: number;
  longTasksAfterStart: number;
  longestLongTaskMs: number;
  /**
   * The longest animation frame over 50 ms that ended after the gate started, over every load, and the
   * part of it the browser spent restyling and laying out: work the Long Tasks API does not report,
   * such as the restyle that our ::highlight() rules set off when they go into the page.
   */
  longestFrameMs: number;
  longestFrameStyleMs: number;
  /** The floor in a new tab each time: its pattern compiled on the page. */
  floorColdMs: number[];
  /** The floor loaded again in one tab, after a pass not counted: its pattern from V8's cache. */
  floorWarmMs: number[];
  markjsMs: number;
  markjsMarks: number;
  /** Keywords mark.js got through before the cap (all of them when it finished). */
  markjsDone: number;
  keywords: number;
}

const RUNS = 5;

function keywords(): string[] {
  const g = bundledGlossaryForTests();
  return [...new Set(g.terms.flatMap((t) => [...t.match.phrases, ...t.match.acronyms]))];
}

type LongTask = { start: number; duration: number };
/** A long animation frame: `styleMs` is its style and layout, from the start of that step to the frame's end. */
type LongFrame = { start: number; duration: number; styleMs: number };

/** Records the long tasks and long animation frames of every document the page loads from now on. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    const w = window as unknown as { __longTasks: LongTask[]; __longFrames: LongFrame[] };
    w.__longTasks = [];
    w.__longFrames = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Array<PerformanceEntry & { styleAndLayoutStart: number }>) {
        const end = e.startTime + e.duration;
        w.__longFrames.push({
          start: e.startTime,
          duration: e.duration,
          styleMs: e.styleAndLayoutStart > 0 ? end - e.styleAndLayoutStart : 0,
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  });
}

interface OurLoad {
  reply: PageTermsReply & { work?: { busyMs: number } };
  longTasks: LongTask[];
  longFrames: LongFrame[];
}

type Scan = NonNullable<PageTermsReply['scan']>;

/** Asks the tab's content script for its report until it holds a scan that `wanted` accepts. */
async function waitForScan(
  control: Page,
  pattern: string,
  wanted: (scan: Scan) => boolean,
  timeoutMs: number,
  failure: string,
): Promise<OurLoad['reply'] & { scan: Scan }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reply = (await sendToTab(control, pattern, { type: 'get-page-terms' }).catch(() => undefined)) as
      | OurLoad['reply']
      | undefined;
    if (reply?.scan && wanted(reply.scan)) return reply as OurLoad['reply'] & { scan: Scan };
    if (Date.now() > deadline) throw new Error(failure);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Loads `url` in `page` and waits for the content script's report of its first full scan. */
async function ourLoad(page: Page, control: Page, url: string, pattern: string): Promise<OurLoad> {
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const reply = await waitForScan(control, pattern, () => true, 60_000, `no scan report from ${url}`);
  // A moment for the frame that paints the last marks to be reported.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
  const { tasks, frames } = await page.evaluate(() => {
    const w = window as unknown as { __longTasks?: LongTask[]; __longFrames?: LongFrame[] };
    return { tasks: w.__longTasks ?? [], frames: w.__longFrames ?? [] };
  });
  return {
    reply,
    longTasks: tasks.filter((t) => t.start >= reply.scan.startedAt),
    longFrames: frames.filter(
      (f) => f.start + f.duration >= (reply.loadedAt ?? reply.scan.startedAt) && f.start <= reply.scan.finishedAt + 100,
    ),
  };
}

/** How many times `passesInOnePage` scans one page: the first scan and this many more. */
const RESCANS = 5;

/**
 * Scans one page again and again in the same content script, so that from the second scan on V8 runs
 * code it has already compiled and optimised, as the floor's pattern is compiled once and cached. A
 * change of mark colour makes the content script scan the page again from the start.
 */
async function passesInOnePage(page: Page, control: Page, url: string, pattern: string): Promise<number[]> {
  const first = await ourLoad(page, control, url, pattern);
  const passes = [first.reply.scan!.busyMs];
  let last = first.reply.scan!.finishedAt;
  // On a page the gate ruled out there is no lens to scan again; the gate's one test is its pass.
  if (!first.reply.lensLoaded) return passes;
  try {
    for (let i = 1; i <= RESCANS; i++) {
      const colours = MARK_COLOURS[i % MARK_COLOURS.length];
      await setStorage(control, 'sync', {
        settings: { ...DEFAULT_SETTINGS, marks: { ...DEFAULT_SETTINGS.marks, colours } },
      });
      const { scan } = await waitForScan(
        control,
        pattern,
        (s) => s.startedAt > last,
        30_000,
        `no new scan of ${url} after a change of colour`,
      );
      passes.push(scan.busyMs);
      last = scan.finishedAt;
    }
  } finally {
    await setStorage(control, 'sync', { settings: DEFAULT_SETTINGS });
  }
  return passes;
}

/** The floor: a bare walk over the text with one precompiled pattern of every keyword; nothing painted. */
function floorPass(page: Page, words: string[]): Promise<number> {
  return page.evaluate((ws) => {
    const escaped = ws.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
    const pattern = new RegExp(`\\b(?:${escaped.join('|')})\\b`, 'gi');
    const t0 = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let found = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n as Text).data;
      pattern.lastIndex = 0;
      while (pattern.exec(text)) found++;
    }
    const ms = performance.now() - t0;
    (window as unknown as { __floorFound: number }).__floorFound = found;
    return ms;
  }, words);
}

function longestFrame(frames: LongFrame[]): Pick<PageResult, 'longestFrameMs' | 'longestFrameStyleMs'> {
  const longest = frames.reduce<LongFrame | undefined>((m, f) => (!m || f.duration > m.duration ? f : m), undefined);
  return { longestFrameMs: longest?.duration ?? 0, longestFrameStyleMs: longest?.styleMs ?? 0 };
}

/** mark.js is stopped at this many milliseconds; past it the figure is a lower bound ("≥"), with the keywords it got through. */
export const MARKJS_CAP_MS = 60_000;

async function markjsPass(
  page: Page,
  words: string[],
  markjs: string,
): Promise<{ ms: number; marks: number; done: number }> {
  await page.addScriptTag({ content: markjs });
  return page.evaluate(
    (ws, cap) => {
      const MarkCtor = (window as unknown as { Mark: new (el: Element) => { mark(k: string, o: object): void } }).Mark;
      const instance = new MarkCtor(document.body);
      const t0 = performance.now();
      let done = 0;
      for (const w of ws) {
        instance.mark(w, { separateWordSearch: false, accuracy: 'exactly', diacritics: false });
        done++;
        if (performance.now() - t0 > cap) break;
      }
      return { ms: performance.now() - t0, marks: document.querySelectorAll('mark').length, done };
    },
    words,
    MARKJS_CAP_MS,
  );
}

export async function benchOnPage(log: (line: string) => void = console.log, only?: string): Promise<PageResult[]> {
  const words = keywords();
  const markjs = readFileSync(createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'), 'utf8');
  const server = await startFixtureServer();
  const ext = await launchWithExtension('chromium', { port: server.port });
  const plain = await launchWithExtension('chromium', { port: server.port, withExtension: false });
  const results: PageResult[] = [];
  try {
    const control = await extensionPage(ext);
    for (const pc of PAGES.filter((p) => !only || p.label.toLowerCase().includes(only.toLowerCase()))) {
      const url = server.url(pc.host, pc.path);
      const pattern = `*://${pc.host}${pc.path}`;
      const oursMs: number[] = [];
      const phasesMs: Phases[] = [];
      const busyMs: number[] = [];
      const startupMs: number[] = [];
      const busyWarmMs: number[] = [];
      const passMs: number[] = [];
      const passWarmMs: number[] = [];
      const startupWarmMs: number[] = [];
      let longestSliceMs = 0;
      let longTasks: LongTask[] = [];
      let longFrames: LongFrame[] = [];
      let reply: PageTermsReply | undefined;
      const note = (load: OurLoad) => {
        reply = load.reply;
        longestSliceMs = Math.max(longestSliceMs, load.reply.scan!.longestSliceMs);
        longTasks = longTasks.concat(load.longTasks);
        longFrames = longFrames.concat(load.longFrames);
      };
      // Main-thread time loading our scripts, as the content script measured it (both start-ups when the lens loaded).
      const startup = (r: PageTermsReply) => r.startupMs ?? Number.NaN;
      for (let i = 0; i < RUNS; i++) {
        const page = await ext.browser.newPage();
        await watchLongTasks(page);
        const load = await ourLoad(page, control, url, pattern);
        note(load);
        const scan = load.reply.scan!;
        // From the gate's start, on every page: on one the gate rules out, to the end of its one test.
        oursMs.push(scan.finishedAt - (load.reply.loadedAt ?? scan.startedAt));
        const phases = phasesOf(load.reply);
        if (phases) phasesMs.push(phases);
        busyMs.push(load.reply.work?.busyMs ?? Number.NaN);
        passMs.push(scan.busyMs);
        startupMs.push(startup(load.reply));
        await page.close();
      }
      const warmPage = await ext.browser.newPage();
      await watchLongTasks(warmPage);
      for (let i = 0; i <= RUNS; i++) {
        const load = await ourLoad(warmPage, control, url, pattern);
        note(load);
        // The first load fills V8's caches and is not counted.
        if (i === 0) continue;
        busyWarmMs.push(load.reply.work?.busyMs ?? Number.NaN);
        passWarmMs.push(load.reply.scan!.busyMs);
        startupWarmMs.push(startup(load.reply));
      }
      await warmPage.close();

      // Per scan in one page, the median across RUNS pages.
      const repeated: number[][] = [];
      for (let i = 0; i < RUNS; i++) {
        const page = await ext.browser.newPage();
        repeated.push(await passesInOnePage(page, control, url, pattern));
        await page.close();
      }
      const passRepeatedMs = repeated[0].map((_, k) => median(repeated.map((r) => r[k])));

      const floorColdMs: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const page = await plain.browser.newPage();
        await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
        floorColdMs.push(await floorPass(page, words));
        await page.close();
      }
      const floorWarmMs: number[] = [];
      const basePage = await plain.browser.newPage();
      for (let i = 0; i <= RUNS; i++) {
        await basePage.goto(url, { waitUntil: 'load', timeout: 120_000 });
        const ms = await floorPass(basePage, words);
        if (i > 0) floorWarmMs.push(ms);
      }
      // BENCH_SKIP_MARKJS=1 leaves mark.js out, for a quick loop while tuning; the figures it leaves are NaN.
      let mj = { ms: Number.NaN, marks: Number.NaN, done: Number.NaN };
      if (!process.env.BENCH_SKIP_MARKJS) {
        await basePage.goto(url, { waitUntil: 'load', timeout: 120_000 });
        mj = await markjsPass(basePage, words, markjs);
      }
      await basePage.close();
      const result: PageResult = {
        page: pc,
        marks: reply?.scan?.marks ?? 0,
        terms: reply?.terms.length ?? 0,
        oursMs,
        phasesMs,
        busyMs,
        startupMs,
        busyWarmMs,
        passMs,
        passWarmMs,
        passRepeatedMs,
        startupWarmMs,
        longestSliceMs,
        longTasksAfterStart: longTasks.length,
        longestLongTaskMs: longTasks.reduce((m, t) => Math.max(m, t.duration), 0),
        ...longestFrame(longFrames),
        floorColdMs,
        floorWarmMs,
        markjsMs: mj.ms,
        markjsMarks: mj.marks,
        markjsDone: mj.done,
        keywords: words.length,
      };
      results.push(result);
      log(
        `  ${pc.label}: busy ${median(busyMs).toFixed(1)} ms (same tab ${median(busyWarmMs).toFixed(1)}), ` +
          `floor ${median(floorColdMs).toFixed(1)} ms (same tab ${median(floorWarmMs).toFixed(1)}), mark.js ${mj.ms.toFixed(0)} ms`,
      );
    }
  } finally {
    await ext.close();
    await plain.close();
    await server.close();
  }
  return results;
}
