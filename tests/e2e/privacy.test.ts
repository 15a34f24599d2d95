import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSER_KINDS,
  type ExtensionBrowser,
  extensionPage,
  type FixtureServer,
  launchWithExtension,
  openExtensionPage,
  sendToTab,
  startFixtureServer,
  waitForMarks,
} from '../harness';
import {
  BROWSER_OWN_REQUESTS,
  type RequestRecorder,
  recordRequests,
  strayRequests,
  strayServerRequests,
} from '../harness/requests';
import { eventually, sleep } from './hostile-support';

/**
 * What the extension reads stays in the browser: with every request from
 * every context recorded while a reader browses council and NHS pages, opens
 * cards and uses every one of the extension's own pages, nothing goes to any
 * host but the pages themselves, and the extension's own contexts ask the
 * network for nothing at all.
 */

const PAGES = [
  { host: 'www.england.nhs.uk', path: '/corpus/nhse_planning_framework_2025.md' },
  { host: 'democracy.leeds.gov.uk', path: '/fixtures/dynamic.html' },
  { host: 'democracy.leeds.gov.uk', path: '/fixtures/hostile/iframes.html' },
];
const EXTENSION_PAGES = ['popup.html', 'options.html', 'letter.html', 'glossary.html'];
const FIXTURE_HOSTS = new Set([...PAGES.map((p) => p.host), 'www.example.org']);

describe.each(BROWSER_KINDS)('privacy, in %s', (kind) => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let recorder: RequestRecorder;
  let control: Page;
  let cardRequests = -1;

  beforeAll(async () => {
    server = await startFixtureServer();
    ext = await launchWithExtension(kind, { port: server.port });
    recorder = await recordRequests(ext);
    control = await extensionPage(ext);
    for (const { host, path } of PAGES) {
      const page = await ext.browser.newPage();
      await page.goto(server.url(host, path));
      await waitForMarks(page);
      await page.bringToFront();
      const before = server.requests.length;
      await sendToTab(control, `*://${host}${path}*`, { type: 'next-mark' });
      await eventually(
        () => page.evaluate(() => document.querySelector('scrutiny-lens-ui')?.shadowRoot?.textContent?.length ?? 0),
        (n) => n > 40,
      );
      await sleep(500);
      cardRequests = Math.max(cardRequests, server.requests.length - before);
      await page.close();
    }
    for (const path of EXTENSION_PAGES) {
      const page = await openExtensionPage(ext, path);
      await sleep(1000);
      await page.close();
    }
  });
  afterAll(async () => {
    await recorder?.stop();
    await ext?.close();
    await server?.close();
  });

  it('recorded the traffic of pages, the extension’s pages and (in Chromium) its service worker', () => {
    const contexts = new Set(recorder.requests.map((r) => r.from.split(' ')[0]));
    expect(contexts.has('page')).toBe(true);
    if (kind === 'chromium') {
      expect(recorder.followed.some((c) => c.startsWith(`service_worker ${ext.extensionBase}`))).toBe(true);
      expect(recorder.requests.some((r) => r.url.startsWith(ext.extensionBase))).toBe(true);
    }
    console.log(
      `privacy (${kind}): ${recorder.requests.length} requests recorded in ${[...contexts].join(', ')}; ` +
        `${server.requests.length} reached the fixture server`,
    );
  });

  it('sent nothing to any host but the pages the reader opened', () => {
    expect(
      strayRequests(recorder.requests, {
        fixtureHosts: FIXTURE_HOSTS,
        port: server.port,
        extensionBase: ext.extensionBase,
      }),
    ).toEqual([]);
  });

  it('reached no host but those pages at the server, where every host name leads', () => {
    expect(strayServerRequests(server, FIXTURE_HOSTS)).toEqual([]);
  });

  it('asked the network for nothing from its own contexts, only for its own files', () => {
    const origin = new URL(ext.extensionBase).origin;
    const fromExtension = recorder.requests.filter(
      (r) => r.from.includes(origin) || r.from.startsWith('service_worker'),
    );
    expect(fromExtension.filter((r) => !r.url.startsWith(origin) && !/^(data|blob):/.test(r.url))).toEqual([]);
  });

  it('fetched nothing to open a card', () => {
    expect(cardRequests).toBe(0);
  });

  it.runIf(kind === 'chromium')('allows only requests Chromium makes without the extension too', async () => {
    const seen = BROWSER_OWN_REQUESTS.filter((own) =>
      server.requests.some((r) => r.host === own.host && r.path === own.path),
    );
    const bare = await startFixtureServer();
    const plain = await launchWithExtension(kind, { port: bare.port, withExtension: false });
    try {
      const page = await plain.browser.newPage();
      await page.goto(bare.url('democracy.leeds.gov.uk', '/fixtures/dynamic.html'));
      await eventually(
        async () => seen.filter((own) => !bare.requests.some((r) => r.host === own.host && r.path === own.path)),
        (missing) => missing.length === 0,
        20_000,
      );
    } finally {
      await plain.close();
      await bare.close();
    }
  });
});
