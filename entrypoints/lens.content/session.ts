import matcherJson from 'virtual:scrutiny-lens/matcher';
import termMeta from 'virtual:scrutiny-lens/term-meta';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { gatePrefilter, ownHandoff, takeHandoff } from '@/lib/content/handoff';
import { HiddenContent } from '@/lib/content/hidden-content';
import { adjacentMark, nextOccurrence } from '@/lib/content/keyboard-path';
import { Lens, type LensConfig } from '@/lib/content/lens';
import { lensReads, watchLensReads } from '@/lib/content/lens-reads';
import { loadedAt as lensLoadedAt } from '@/lib/content/loaded-at';
import { isDarkPage, markCss } from '@/lib/content/mark-styles';
import { watchPageChanges } from '@/lib/content/mutations';
import { pageHost } from '@/lib/content/page-host';
import { watchPageScheme } from '@/lib/content/page-scheme';
import { installPageStyles, type PageStyles } from '@/lib/content/page-styles';
import { afterNextFrame, frameThrottle } from '@/lib/content/scheduler';
import { styleFor } from '@/lib/content/style-of';
import { mayHoldTermsIn } from '@/lib/content/term-gate';
import type { WorkTotals } from '@/lib/content/work-meter';
import type { Term } from '@/lib/glossary/schema';
import { metaOf, nhsPagesOnlyFor } from '@/lib/glossary/term-meta';
import { localTermsInPage } from '@/lib/local-terms/page-reader';
import { type CompiledMatcher, compileMatcher } from '@/lib/match/compile';
import { rulesFromTerms } from '@/lib/match/rules';
import {
  type ContentRequest,
  type FoundTerm,
  isLensMessage,
  type PageTermsReply,
  type RevealReply,
} from '@/lib/messages';
import { settingsInPageFrom } from '@/lib/settings/page-reader';
import type { Settings } from '@/lib/settings/schema';
import { isMarkingOn } from '@/lib/sites/policy';
import { CardController } from './card-controller';
import { markView, scrollToMark } from './navigation';

/**
 * Everything the content script does on one page, started once and stopped
 * cleanly when the extension is updated, disabled or reloaded (the context is
 * invalidated): marks, the page-change watcher, messages and the card.
 */
export async function startContentScript(ctx: ContentScriptContext): Promise<void> {
  const startedAt = performance.now();
  // A copy with no handoff is the second lens in this frame: two gates shared it (the page loaded as the
  // extension was installed, and reinject.ts put a second gate in), and the other lens took the one handoff
  // left. WXT stopped that copy as this one's context started, so this one carries on in its place, on its
  // own clock. Returning here instead left the page with no marks at all.
  const handoff = takeHandoff() ?? ownHandoff();
  // The page's figures cover both scripts: from the gate's start, with both start-ups and the gate's work.
  const loadedAt = handoff.loadedAt;
  const startupMs = handoff.startupMs + (startedAt - lensLoadedAt);
  const lensTimeline: PageTermsReply['lensTimeline'] = {
    firstTestAt: handoff.firstTestAt,
    lensRequestedAt: handoff.lensRequestedAt,
    lensLoadedAt,
    lensStartedAt: startedAt,
  };
  // The gate has just tested the page's text; the first scan need not test it again.
  let gateSaidMaybe = handoff.pageMayHoldTerms;
  const doc = document;
  const host = pageHost();
  const bundledMeta = new Map(termMeta.map((m) => [m.id, m]));
  let meta = bundledMeta;
  const matcher: CompiledMatcher = matcherJson;
  // The user's own terms: few, so their matcher is compiled here, and it goes first so their words win.
  let localMatcher: CompiledMatcher | undefined;
  const useLocalTerms = (local: readonly Term[]) => {
    localMatcher = local.length ? compileMatcher(rulesFromTerms(local)) : undefined;
    // Most people have no terms of their own: then the bundled map serves as it is, uncopied.
    meta = local.length ? new Map([...bundledMeta, ...local.map((t) => [t.id, metaOf(t)] as const)]) : bundledMeta;
  };
  // The gate began these reads as it asked for the lens, so they are usually done by now. Without them (no
  // gate, a copy stored by another version, or a change since the gate read them) the lens reads for itself.
  const reads = (await handoff.reads) ?? (await lensReads());
  const [storedLocalTerms, storedSettings] = await Promise.all([
    localTermsInPage(reads.localTerms).catch(() => []),
    settingsInPageFrom(reads.settings),
  ]);
  // Setting up (below, up to the first refresh) is our main-thread time too, and is counted with the rest.
  const setupStart = performance.now();
  useLocalTerms(storedLocalTerms);
  let settings: Settings = storedSettings;
  let markedOnce = false;
  if (ctx.isInvalid) return;

  const hidden = new HiddenContent();
  const config = (): LensConfig => ({
    matchers: localMatcher ? [localMatcher, matcher] : [matcher],
    styleOf: styleFor(meta, settings),
    density: settings.marks.density,
    nhsPagesOnly: nhsPagesOnlyFor(meta),
    // Our own UI needs no check: its host element holds nothing but a shadow root, which the walk never enters.
    exclude: hidden.excludes,
    // Chromium takes a frame of 0.3 s (one mark) to 35 s (100 marks) to paint a highlight in a text node of
    // 1 to 5 MB; Firefox paints 100 in the 5 MB node within a 49 ms frame.
    marksInLongText: import.meta.env.FIREFOX,
  });
  const lens = new Lens(doc, config());
  // The card's controller and its listeners on the page come with the first scan that may find a term (or
  // the first command that needs a card), its host element with the first card: a page with no term never
  // pays for them.
  let card: CardController | undefined;
  const cardController = () => {
    card ??= new CardController(ctx, () => lens.painter);
    return card;
  };
  // Our ::highlight rules go into the page only once there is something to paint: a page with no terms
  // is left without our stylesheet, and without the restyle that adding one costs.
  let styles: PageStyles | undefined;
  const prepareForMarks = () =>
    lens.work.time(() => {
      const css = markCss(settings.marks.style, settings.marks.colours, isDarkPage(doc) ? 'dark' : 'light');
      styles ??= installPageStyles(doc);
      styles.update(css);
      cardController();
    });
  // A page that turns dark or light (with the reader's colour scheme, or by its own switch) needs the marks'
  // other palette to keep their contrast. Only a page that already has our rules needs them again; the
  // same rules again change nothing.
  const stopWatchingScheme = watchPageScheme(doc, () => {
    if (styles && !ctx.isInvalid) prepareForMarks();
  });

  // Most pages on a council site hold no term at all; the prefilter tells in a few native string
  // operations, so those pages are never read word by word. The user's own terms have no prefilter.
  const mayHoldTerms = gatePrefilter();
  const pageMayHoldTerms = (): boolean => {
    if (gateSaidMaybe) {
      gateSaidMaybe = false;
      return true;
    }
    if (localMatcher || !doc.body) return true;
    return mayHoldTermsIn(doc.body, mayHoldTerms);
  };
  const cancel = {
    get aborted() {
      return ctx.isInvalid;
    },
  };

  const active = () => markedOnce || isMarkingOn(host, settings);

  const foundTerms = (): FoundTerm[] => [...lens.painter.termCounts()].map(([termId, count]) => ({ termId, count }));

  // What the background last heard, so a page that changes without end (a clock, a ticker) costs no
  // message per frame when its terms stay the same. Cleared by every full scan, which always reports.
  let reported: string | undefined;
  const report = frameThrottle(() => {
    if (ctx.isInvalid) return;
    const terms = lens.work.time(foundTerms);
    const key = terms.map((t) => `${t.termId}:${t.count}`).join(' ');
    if (key === reported) return;
    reported = key;
    void browser.runtime.sendMessage({ type: 'page-terms', terms }).catch(() => undefined);
  });

  let scanning: Promise<unknown> = Promise.resolve();
  let lastScan: PageTermsReply['scan'];
  let refreshes = 0;
  const refresh = () => {
    const run = ++refreshes;
    reported = undefined;
    lens.reconfigure(config());
    if (!active()) {
      card?.close();
      lens.painter.clearAll();
      report.request();
      return;
    }
    const scanStart = lastScan ? performance.now() : startedAt;
    // The page's colours and what is in view are read after a rendered frame, when reading them is cheap.
    scanning = afterNextFrame().then(async () => {
      if (run !== refreshes || ctx.isInvalid) return;
      const checkStart = performance.now();
      if (!lens.work.time(pageMayHoldTerms)) {
        lens.work.time(() => lens.clear());
        const finishedAt = performance.now();
        lastScan = {
          startedAt: scanStart,
          finishedAt,
          blocks: 0,
          marks: 0,
          longestSliceMs: finishedAt - checkStart,
          slices: 1,
          busyMs: finishedAt - checkStart,
        };
        report.request();
        return;
      }
      // scanAll reads what is in view before it first yields; our stylesheet changes only after that,
      // because a new ::highlight rule invalidates the whole page's style and the point query would then
      // pay for restyling and laying out the page (1.3 s on 50,000 elements in Chromium). The scan then waits
      // for a frame, which shows the marks in view and restyles the page for our rules with no more of our
      // work in it (in four runs of the bench on LCH, alternating builds, the longest frame was 140-233 ms
      // without that frame and 111-151 ms with it).
      const scan = lens.scanAll(cancel);
      prepareForMarks();
      const r = await scan;
      lastScan = {
        startedAt: scanStart,
        finishedAt: performance.now(),
        blocks: r.blocks,
        marks: r.marks,
        longestSliceMs: r.longestSliceMs,
        slices: r.slices,
        busyMs: r.busyMs,
      };
      report.request();
    });
  };

  const stopWatchingPage = watchPageChanges(
    doc,
    (node) => card?.isOurs(node) ?? false,
    (batch) => {
      if (!active() || ctx.isInvalid) return;
      scanning = scanning
        .then(async () => {
          if (batch.kind === 'all') await lens.scanAll(cancel);
          else await lens.rescan(batch.roots, cancel);
          // A page that held no term until now gets our stylesheet with its first mark.
          if (!styles && lens.painter.size > 0) prepareForMarks();
        })
        .then(() => report.request());
    },
    lens.work,
    (el) => hidden.changed(el),
  );
  // Each change is read afresh, and only the latest of each kind applied, whichever read (or the background's
  // answer for the user's own terms) comes back first.
  let settingsChanges = 0;
  let localTermsChanges = 0;
  const stopWatchingStorage = watchLensReads({
    settings: () => {
      const change = ++settingsChanges;
      void lensReads()
        .then((read) => settingsInPageFrom(read.settings))
        .then((next) => {
          if (change !== settingsChanges || ctx.isInvalid) return;
          settings = next;
          refresh();
        });
    },
    // The background makes stored terms into glossary terms.
    localTerms: () => {
      const change = ++localTermsChanges;
      void lensReads()
        .then((read) => localTermsInPage(read.localTerms))
        .catch(() => [])
        .then((local) => {
          if (change !== localTermsChanges || ctx.isInvalid) return;
          useLocalTerms(local);
          refresh();
        });
    },
  });

  const onMessage = (message: unknown): Promise<unknown> | undefined => {
    if (!isLensMessage(message) || ctx.isInvalid) return undefined;
    const request = message as ContentRequest;
    switch (request.type) {
      case 'get-page-terms': {
        // One answer per tab: the top frame speaks for the page.
        if (window !== window.top) return undefined;
        // `work` adds our running totals, for the hostile-page suite's share-of-main-thread figure.
        const reply: PageTermsReply & { work: WorkTotals } = {
          url: location.href,
          title: doc.title,
          on: active(),
          terms: foundTerms(),
          loadedAt,
          startupMs,
          scan: lastScan,
          lensLoaded: true,
          lensTimeline,
          work: lens.work.totals(),
        };
        return Promise.resolve(reply);
      }
      case 'mark-once':
        markedOnce = true;
        refresh();
        return scanning.then(() => ({ ok: true }));
      case 'next-mark':
      case 'previous-mark': {
        const { painter } = lens;
        const mark = adjacentMark(painter.marks(), painter.focus, request.type === 'next-mark' ? 1 : -1, markView);
        if (!mark) return Promise.resolve({ ok: false });
        scrollToMark(mark);
        return cardController()
          .openForMark(mark, { focus: true })
          .then(() => ({ ok: true }));
      }
      case 'reveal-term': {
        if (window !== window.top) return undefined;
        const marks = lens.painter.marks();
        const mark = nextOccurrence(marks, lens.painter.focus, request.termId, markView);
        if (!mark) {
          // Marks of the term that nextOccurrence passed over are all out of the reader's sight.
          const onlyOutOfSight = marks.some((m) => m.termIds.includes(request.termId));
          return Promise.resolve<RevealReply>(onlyOutOfSight ? { ok: false, hidden: true } : { ok: false });
        }
        scrollToMark(mark);
        return cardController()
          .openForMark(mark, { focus: true })
          .then(() => ({ ok: true }));
      }
      case 'explain-selection':
        return cardController()
          .openForSelection(request.text, request.termId)
          .then(() => ({ ok: true }));
      default:
        return undefined;
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  // Requests that reached the gate while the lens was loading wait for this.
  handoff.attach(onMessage);

  ctx.addEventListener(window, 'wxt:locationchange', () => refresh());
  // Once a second: put our highlights back if the page's scripts cleared CSS.highlights (four map
  // look-ups when nothing happened). ctx.setInterval also checks that the extension is still there,
  // so a script left behind by a reload or an uninstall notices within a second and removes its marks.
  ctx.setInterval(() => lens.painter.register(), 1000);
  ctx.onInvalidated(() => {
    // The page's part first: once the extension is reloaded or removed, Chromium throws "Extension context
    // invalidated" from every extension API, and one throw here used to skip the rest, leaving our marks
    // on the page under the new script's (found by the hostile-page suite's reload test).
    stopWatchingPage();
    report.cancel();
    lens.dispose();
    styles?.remove();
    stopWatchingScheme();
    for (const unhook of [() => browser.runtime.onMessage.removeListener(onMessage), stopWatchingStorage]) {
      try {
        unhook();
      } catch {
        // The listener went with the extension's context.
      }
    }
  });

  refresh();
  lens.work.add(performance.now() - setupStart);
  lens.work.include(handoff.work());
}
