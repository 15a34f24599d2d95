import type { CDPSession, Page, Target } from 'puppeteer-core';
import type { ExtensionBrowser } from './browsers';
import type { FixtureServer } from './server';

/** One request a browser context asked for, and which context asked. */
export interface RecordedRequest {
  url: string;
  /** The kind of context and its address: "service_worker chrome-extension://…/background.js", "page http://…". */
  from: string;
}

export interface RequestRecorder {
  readonly requests: readonly RecordedRequest[];
  /** The contexts followed so far, as "kind address": proof that a quiet context was listened to. */
  readonly followed: readonly string[];
  stop(): Promise<void>;
}

/**
 * Target kinds whose network traffic the recorder follows in Chromium: tabs (including the
 * extension's own pages), the extension's service worker, out-of-process frames and workers.
 */
const RECORDED_TARGETS = new Set(['page', 'service_worker', 'background_page', 'shared_worker', 'other']);

/**
 * Records every request made from every context of a browser, from now on.
 * Chromium: a DevTools session with the Network domain on each target,
 * including the extension's service worker, which puppeteer's page events
 * never see. Firefox: WebDriver BiDi gives the tabs (web pages and the
 * extension's pages) but not the background page; the fixture server's own
 * log (see `strayServerRequests`) covers what reaches the network from there.
 */
export async function recordRequests(ext: ExtensionBrowser): Promise<RequestRecorder> {
  const requests: RecordedRequest[] = [];
  const followed: string[] = [];
  const sessions: CDPSession[] = [];
  const watched = new WeakSet<Target>();

  const followChromium = async (target: Target) => {
    if (watched.has(target) || !RECORDED_TARGETS.has(target.type())) return;
    watched.add(target);
    try {
      const session = await target.createCDPSession();
      sessions.push(session);
      session.on('Network.requestWillBeSent', (event: { request: { url: string } }) => {
        requests.push({ url: event.request.url, from: `${target.type()} ${target.url()}` });
      });
      await session.send('Network.enable');
      followed.push(`${target.type()} ${target.url()}`);
    } catch {
      // The target closed before we could attach; it made no request we could have seen.
    }
  };

  const followFirefox = async (target: Target) => {
    if (watched.has(target)) return;
    watched.add(target);
    const page: Page | null = await target.page().catch(() => null);
    if (!page) return;
    page.on('request', (request) => requests.push({ url: request.url(), from: `page ${page.url()}` }));
    followed.push(`page ${page.url()}`);
  };

  const follow = ext.kind === 'chromium' ? followChromium : followFirefox;
  const onTarget = (target: Target) => void follow(target);
  ext.browser.on('targetcreated', onTarget);
  await Promise.all(ext.browser.targets().map(follow));
  return {
    requests,
    followed,
    async stop() {
      ext.browser.off('targetcreated', onTarget);
      await Promise.all(sessions.map((s) => s.detach().catch(() => undefined)));
    },
  };
}

/** Schemes that never leave the browser. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:', 'chrome:', 'devtools:']);

/**
 * Requests to anywhere but the extension itself and the fixture hosts a test
 * chose to visit: a leak, whichever context made it.
 */
export function strayRequests(
  requests: readonly RecordedRequest[],
  options: { fixtureHosts: ReadonlySet<string>; port: number; extensionBase: string },
): RecordedRequest[] {
  const extensionOrigin = new URL(options.extensionBase).origin;
  return requests.filter(({ url }) => {
    const u = new URL(url);
    if (LOCAL_SCHEMES.has(u.protocol)) return false;
    if (u.origin === extensionOrigin) return false;
    return !(u.protocol === 'http:' && options.fixtureHosts.has(u.hostname) && Number(u.port) === options.port);
  });
}

/**
 * Requests Chromium makes by itself, with or without any extension installed
 * (network time and the component updater, over plain HTTP despite
 * --disable-component-update). privacy.test.ts checks they are the browser's:
 * a browser without the extension makes them too.
 */
export const BROWSER_OWN_REQUESTS: ReadonlyArray<{ host: string; path: string }> = [
  { host: 'clients2.google.com', path: '/time/1/current' },
  { host: 'update.googleapis.com', path: '/service/update2/json' },
];

const isBrowserOwn = (r: { host: string; path: string }) =>
  BROWSER_OWN_REQUESTS.some((own) => own.host === r.host && own.path === r.path);

/**
 * Requests the fixture server received under a host name no test visited.
 * Every host name resolves to the fixture server, so this log is the last
 * word on what left any browser context, background pages included.
 */
export function strayServerRequests(
  server: FixtureServer,
  fixtureHosts: ReadonlySet<string>,
): FixtureServer['requests'] {
  return server.requests.filter((r) => !isBrowserOwn(r) && !fixtureHosts.has(r.host.replace(/:\d+$/, '')));
}
