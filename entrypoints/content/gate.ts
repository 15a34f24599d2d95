import prefilter from 'virtual:scrutiny-lens/prefilter';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type LensHandler, leaveHandoff, shareGatePrefilter } from '@/lib/content/handoff';
import { changesLensReads, type LensReads, readForLens } from '@/lib/content/lens-reads';
import { loadedAt } from '@/lib/content/loaded-at';
import { pageHost } from '@/lib/content/page-host';
import { watchForTerms } from '@/lib/content/term-gate';
import { WorkMeter } from '@/lib/content/work-meter';
import { LOCAL_TERMS_KEY } from '@/lib/local-terms/storage-key';
import { prefilterTest } from '@/lib/match/prefilter';
import { type ContentRequest, isLensMessage, type PageTermsReply } from '@/lib/messages';

/**
 * The content script every matching page gets: small, so that a page with no
 * glossary term (most pages of a council site) pays for little more than the
 * prefilter and a mutation observer. At the first sign of a term, on load or
 * in content added later, it asks the background to inject the lens
 * (entrypoints/lens.content), which marks the page, and hands over to it.
 * A command or a popup request that needs the lens (a card, a mark once)
 * loads it too.
 */
export function startGate(ctx: ContentScriptContext): void {
  const startupMs = performance.now() - loadedAt;
  const work = new WorkMeter();
  let firstCheck: PageTermsReply['scan'];
  let firstTestAt: number | undefined;
  let lens: Promise<LensHandler> | undefined;
  // Once the lens has attached, its own listener answers every message.
  let attached = false;
  // The storage reads begun for the lens, until a change to what they read makes them stale.
  let lensReads: Promise<LensReads | undefined> | undefined;

  const loadLens = (pageMayHoldTerms = false): Promise<LensHandler> => {
    lens ??= new Promise<LensHandler>((resolve, reject) => {
      stopWatching();
      lensReads = readForLens();
      leaveHandoff({
        loadedAt,
        pageMayHoldTerms,
        startupMs,
        firstTestAt,
        lensRequestedAt: performance.now(),
        // Read as the lens takes the handoff: by then a change may have made them stale.
        get reads() {
          return lensReads;
        },
        work: () => work.totals(),
        attach: (handler) => {
          attached = true;
          resolve(handler);
        },
      });
      browser.runtime
        .sendMessage({ type: 'load-lens' })
        .then((reply) => {
          if ((reply as { ok?: boolean } | undefined)?.ok !== true) throw new Error('the lens was not injected');
        })
        .catch((error: unknown) => {
          // A later request may try again (the background may have been asked too early, or refused a page it cannot read).
          lens = undefined;
          reject(error);
        });
    });
    return lens;
  };

  // The user's own terms have no prefilter: if there are any, every page gets the lens.
  const loadLensForLocalTerms = (stored: unknown) => {
    if (Array.isArray(stored) && stored.length > 0) void loadLens().catch(() => undefined);
  };
  const onStorageChange = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (changesLensReads(changes, area)) lensReads = undefined;
    if (area === 'local' && LOCAL_TERMS_KEY in changes) loadLensForLocalTerms(changes[LOCAL_TERMS_KEY].newValue);
  };

  const mayHoldTerms = prefilterTest(prefilter);
  shareGatePrefilter(mayHoldTerms);
  const stopWatching = watchForTerms(
    document,
    mayHoldTerms,
    {
      mayHoldTerms: () => void loadLens(true).catch(() => undefined),
      firstCheck: (maybe, startedAt) => {
        firstTestAt = startedAt;
        if (maybe) return;
        const totals = work.totals();
        firstCheck = {
          startedAt,
          finishedAt: totals.at,
          blocks: 0,
          marks: 0,
          longestSliceMs: totals.longestMs,
          slices: 1,
          // The gate's work so far: the test, and any page changes it noted while the page loaded.
          busyMs: totals.busyMs,
        };
        void browser.storage.local.get(LOCAL_TERMS_KEY).then(
          (stored) => loadLensForLocalTerms(stored[LOCAL_TERMS_KEY]),
          () => undefined,
        );
      },
    },
    work,
  );
  browser.storage.onChanged.addListener(onStorageChange);

  // What the gate can answer itself while the page has no term; everything else goes to the lens.
  const pageTerms = async (): Promise<PageTermsReply & { work: ReturnType<WorkMeter['totals']> }> => {
    const on = (await browser.runtime.sendMessage({ type: 'site-on', host: pageHost() })) as boolean;
    return {
      url: location.href,
      title: document.title,
      on: on === true,
      terms: [],
      loadedAt,
      startupMs,
      scan: firstCheck,
      work: work.totals(),
      lensLoaded: false,
    };
  };

  const onMessage = (message: unknown): Promise<unknown> | undefined => {
    if (!isLensMessage(message) || ctx.isInvalid) return undefined;
    const request = message as ContentRequest;
    switch (request.type) {
      case 'get-page-terms':
        // One answer per tab: the top frame speaks for the page.
        if (window !== window.top) return undefined;
        if (!lens) return pageTerms();
        break;
      case 'mark-once':
      case 'next-mark':
      case 'previous-mark':
      case 'reveal-term':
      case 'explain-selection':
        break;
      default:
        return undefined;
    }
    // Once the lens is in, it answers for itself; until then, this listener answers with the lens's reply.
    if (attached) return undefined;
    return loadLens().then<unknown, unknown>(
      (handle) => handle(message),
      () => (request.type === 'get-page-terms' ? pageTerms() : { ok: false }),
    );
  };
  browser.runtime.onMessage.addListener(onMessage);

  ctx.onInvalidated(() => {
    stopWatching();
    for (const unhook of [
      () => browser.runtime.onMessage.removeListener(onMessage),
      () => browser.storage.onChanged.removeListener(onStorageChange),
    ]) {
      try {
        unhook();
      } catch {
        // The listener went with the extension's context.
      }
    }
  });
}
