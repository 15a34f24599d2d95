import type { Frame, Page } from 'puppeteer-core';
import { CATEGORIES } from '../../lib/glossary/schema';
import type { PageTermsReply } from '../../lib/messages';
import { type ExtensionBrowser, readMarks, sendToTab, setStorage } from '../harness';

/**
 * Helpers for the hostile-page suite: what went wrong in the console, what a
 * page looks like without the extension, what the content script says about
 * its own work, and where its marks are.
 */

/** Every console error and uncaught exception a page reports, whoever caused it. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()} @ ${message.location()?.url ?? ''}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error instanceof Error ? error.message : String(error)}`));
  return errors;
}

/**
 * Errors from the extension's service worker (Chromium only: Firefox exposes
 * no background context to the driver). Follows restarts of the worker.
 */
export async function collectWorkerErrors(ext: ExtensionBrowser): Promise<string[]> {
  const errors: string[] = [];
  if (ext.kind !== 'chromium') return errors;
  const follow = async (target: import('puppeteer-core').Target) => {
    if (target.type() !== 'service_worker' || !target.url().startsWith(ext.extensionBase)) return;
    try {
      const session = await target.createCDPSession();
      session.on(
        'Runtime.exceptionThrown',
        (e: { exceptionDetails: { text: string; exception?: { description?: string } } }) =>
          errors.push(`worker: ${e.exceptionDetails.exception?.description ?? e.exceptionDetails.text}`),
      );
      session.on(
        'Runtime.consoleAPICalled',
        (e: { type: string; args: Array<{ value?: unknown; description?: string }> }) => {
          if (e.type === 'error' || e.type === 'assert')
            errors.push(`worker console: ${e.args.map((a) => a.value ?? a.description).join(' ')}`);
        },
      );
      await session.send('Runtime.enable');
    } catch {
      // The worker stopped while we attached; a restarted one arrives as a new target.
    }
  };
  ext.browser.on('targetcreated', (t) => void follow(t));
  await Promise.all(ext.browser.targets().map(follow));
  return errors;
}

/** Settings for the suite: every term marked every time, the worst case for a page with thousands. */
export async function markEveryOccurrence(control: Page): Promise<void> {
  await setStorage(control, 'sync', {
    settings: {
      sites: { off: [], added: [] },
      marks: {
        style: 'both',
        colours: 'blue',
        density: 'every',
        categories: [...CATEGORIES],
        historical: true,
        badge: true,
      },
    },
  });
}

export type ScanFigures = NonNullable<PageTermsReply['scan']>;

/** What the content script of the tab at `url` says about its page (the top frame answers). */
export async function pageTerms(control: Page, url: string): Promise<PageTermsReply> {
  const u = new URL(url);
  return (await sendToTab(control, `*://${u.hostname}${u.pathname}*`, { type: 'get-page-terms' })) as PageTermsReply;
}

/** Waits for the first full scan to finish and returns its figures. */
export async function finishedScan(control: Page, url: string, timeout = 60_000): Promise<ScanFigures> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const reply = await pageTerms(control, url).catch(() => undefined);
    if (reply?.scan) return reply.scan;
    if (Date.now() > deadline) throw new Error(`no finished scan on ${url} within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * The page's markup as the page itself would serialise it, without our one
 * host element (present only while a card has been opened). Comparing this
 * with the same page in a browser without the extension shows we changed nothing.
 */
export function markup(page: Page): Promise<string> {
  return page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as Element;
    for (const host of copy.querySelectorAll('scrutiny-lens-ui')) host.remove();
    return copy.outerHTML;
  });
}

/** Marks whose text is no longer in the document: painted over text the page has since removed. */
export function staleMarks(page: Page): Promise<number> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
    let stale = 0;
    for (const [name, highlight] of registry ?? [])
      if (name.startsWith('scrutiny-lens'))
        for (const r of highlight) if (!r.startContainer.isConnected || !r.endContainer.isConnected) stale++;
    return stale;
  });
}

/** Painted ranges that cover the same text as another painted range: the sign of two scripts marking one page. */
export function duplicateMarks(page: Page): Promise<number> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
    const seen = new Map<Node, Set<number>>();
    let duplicates = 0;
    for (const [name, highlight] of registry ?? []) {
      if (!name.startsWith('scrutiny-lens') || name === 'scrutiny-lens-focus') continue;
      for (const r of highlight) {
        const starts = seen.get(r.startContainer) ?? new Set<number>();
        if (starts.has(r.startOffset)) duplicates++;
        starts.add(r.startOffset);
        seen.set(r.startContainer, starts);
      }
    }
    return duplicates;
  });
}

export const markTexts = async (page: Page | Frame) =>
  (await readMarks(page)).filter((m) => m.highlight !== 'scrutiny-lens-focus').map((m) => m.text.replace(/\s+/g, ' '));

/** Polls `probe` until `done` holds of its value, returning that value; throws with the last value on timeout. */
export async function eventually<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  timeout = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`still ${JSON.stringify(value)?.slice(0, 300)} after ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Has the page, from its first script on, note every gap of over 200 ms between its animation frames. */
export function recordFrameGaps(page: Page): Promise<unknown> {
  return page.evaluateOnNewDocument(`(() => {
    const gaps = (window.__frameGaps = []);
    let last = performance.now();
    const frame = (t) => { if (t - last > 200) gaps.push([last, t - last]); last = t; requestAnimationFrame(frame); };
    requestAnimationFrame(frame);
  })()`);
}

/** The gaps recordFrameGaps noted that began at `since` or later, on the page's clock, in whole milliseconds. */
export async function frameGapsFrom(page: Page, since: number): Promise<number[]> {
  const gaps = (await page.evaluate('window.__frameGaps')) as Array<[number, number]>;
  return gaps.filter(([at]) => at >= since).map(([, gap]) => Math.round(gap));
}
