/**
 * `npm run bench`: speed figures measured in real browsers with the built
 * extension. Prints tables and writes bench-results/latest.json. Figures are
 * measured on this machine at the time of the run; nothing here is a test
 * that passes or fails on timing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../harness';
import { benchOnPage } from './on-page';
import { benchPdf } from './pdf';
import type { Phases } from './phases';
import { benchPopup, summarise } from './popup';
import { formatNumber, median, table } from './table';

const out: Record<string, unknown> = { measuredAt: new Date().toISOString() };
// `npm run bench -- pages`, `-- popup` or `-- pdf` runs one part; `-- pages:stratford` only the pages whose label has that word.
const [part, filter] = (process.argv[2] ?? '').split(':');
const runs = (name: string) => !part || part === name;

if (runs('pages')) {
  console.log('On-page marking (headless Chromium, built extension; medians of 5 loads):');
  const pages = await benchOnPage(console.log, filter);
  out.onPage = pages;
  console.log(
    table(
      [
        'page',
        'marks',
        'ours ms',
        'busy, new tab',
        'floor, new tab',
        'ratio',
        'busy, same tab',
        'floor, same tab',
        'ratio',
        'start-up ms',
        'mark.js ms',
        'mark.js/ours',
        'mark.js/busy',
        'longest slice ms',
        'long tasks',
        'longest frame ms (style and layout)',
      ],
      pages.map((r) => {
        const ours = median(r.oursMs);
        const busy = median(r.busyMs);
        const busyWarm = median(r.busyWarmMs);
        const floor = median(r.floorColdMs);
        const floorWarm = median(r.floorWarmMs);
        // Where mark.js hit the time cap its figures are lower bounds.
        const capped = r.markjsDone < r.keywords ? '≥ ' : '';
        return [
          r.page.label,
          r.marks,
          ours,
          busy,
          floor,
          busy / floor,
          busyWarm,
          floorWarm,
          busyWarm / floorWarm,
          median(r.startupMs),
          `${capped}${formatNumber(r.markjsMs)}${capped ? ` (${r.markjsDone}/${r.keywords} kw)` : ''}`,
          `${capped}${formatNumber(r.markjsMs / ours)}`,
          `${capped}${formatNumber(r.markjsMs / busy)}`,
          r.longestSliceMs,
          r.longTasksAfterStart,
          r.longestFrameMs
            ? `${formatNumber(r.longestFrameMs)} (${formatNumber(r.longestFrameStyleMs)})`
            : 'none over 50',
        ];
      }),
    ),
  );
  console.log(
    `(${pages[0]?.keywords ?? 0} keywords: every glossary phrase and abbreviation; the floor and mark.js get the same list. ` +
      '"ours": from the gate (the content script in the manifest) starting to every mark painted, waits included, in a new ' +
      'tab (on a page the gate rules out, to the end of its test); "busy": our main-thread ' +
      'time; "new tab": the first page in a tab, nothing compiled yet; "same tab": the page loaded again in one tab after a ' +
      'load not counted, with V8\'s caches warm, as for a reader moving between pages of a site; "start-up": loading the ' +
      'content script, in a new tab. The slices, long tasks and frames are over every load; "longest frame": the longest ' +
      "animation frame over 50 ms from the gate's start to the last mark painted, with the browser's restyle and layout in it, " +
      'which the Long Tasks API does not count.)',
  );
  console.log("\nThe way from the gate's start to all painted, in a new tab (medians of the same loads):");
  console.log(
    table(
      [
        'page',
        "page's first frame",
        "gate's test",
        'injecting the lens',
        "lens's start-up",
        'lens start → all painted',
        'ours',
      ],
      pages
        .filter((r) => r.phasesMs.length > 0)
        .map((r) => {
          const of = (k: keyof Phases) => median(r.phasesMs.map((p) => p[k]));
          return [
            r.page.label,
            of('firstFrame'),
            of('gateTest'),
            of('injection'),
            of('lensStartup'),
            of('lensToPainted'),
            median(r.oursMs),
          ];
        }),
    ),
  );
  console.log(
    '(The gate tests nothing before the page\'s first rendered frame. "Injecting the lens": from the gate asking the ' +
      "background for it to the lens's first line running: the message, the browser reading the file and compiling it. " +
      '"Lens start → all painted": the storage reads the gate began as it asked for the lens, a frame, the scan ' +
      'and the frames the scan lets render. ' +
      'Each column is a median on its own, so they need not add up to the last.)',
  );
  console.log('\nThe pass alone against the floor (medians of the same loads):');
  console.log(
    table(
      [
        'page',
        'pass, new tab',
        'floor, new tab',
        'ratio',
        'pass, same tab',
        'floor, same tab',
        'ratio',
        'pass, scanned again in one page',
        'ratio to floor, same tab',
        'set-up and the rest, new tab',
      ],
      pages.map((r) => {
        const pass = median(r.passMs);
        const passWarm = median(r.passWarmMs);
        const floor = median(r.floorColdMs);
        const floorWarm = median(r.floorWarmMs);
        return [
          r.page.label,
          pass,
          floor,
          pass / floor,
          passWarm,
          floorWarm,
          passWarm / floorWarm,
          r.passRepeatedMs.map((ms) => formatNumber(ms)).join(' → '),
          r.passRepeatedMs.length > 1 ? r.passRepeatedMs[r.passRepeatedMs.length - 1] / floorWarm : '–',
          median(r.busyMs.map((b, i) => b - r.passMs[i])),
        ];
      }),
    ),
  );
  console.log(
    '("scanned again in one page": the pass of a page\'s first scan and of each scan after it in the same content script ' +
      "(set off by a change of mark colour), where V8 has compiled and optimised our code as it has cached the floor's pattern; " +
      'the ratio is the last of them to the floor in one tab. ' +
      '"pass": the full scan\'s own slices, the walk, the matching and the painting, or the gate\'s test alone on a page it rules ' +
      'out: what the floor does, plus painting. "Busy" above is this and everything else: the gate\'s test when the lens follows, ' +
      "the lens's setting up, the page-change watcher and the report.)",
  );
}

if (runs('popup')) {
  console.log('\nPopup (headless Chromium, built extension; 10 opens):');
  const popup = await benchPopup();
  out.popup = popup;
  console.log(table(['measure', 'median', 'max', 'target'], summarise(popup)));
}

if (runs('pdf')) {
  console.log('\nPDF viewer (built extension; medians of 3 loads, ms from the viewer starting to load):');
  const rows = await benchPdf();
  out.pdf = rows;
  console.log(
    table(
      [
        'browser',
        'document',
        'pages',
        'marks',
        'first page marked',
        'all pages marked',
        'longest slice ms',
        'long tasks',
      ],
      rows.map((r) => [
        r.browser,
        r.document,
        r.pages,
        r.marks,
        r.firstMarkedMs,
        r.allMarkedMs,
        r.longestSliceMs,
        r.longTasks ?? '–',
      ]),
    ),
  );
}

const dir = join(PROJECT_ROOT, 'bench-results');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'latest.json'), `${JSON.stringify(out, null, 2)}\n`);
console.log(`\nRaw figures: bench-results/latest.json`);
