import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LENS_SCRIPT_FILE } from '../../lib/sites/defaults';
import {
  BROWSER_KINDS,
  DYNAMIC_HOST,
  DYNAMIC_PATH,
  DYNAMIC_TAB,
  type ExtensionBrowser,
  extensionDir,
  extensionPage,
  type FixtureServer,
  injectIntoTab,
  launchWithExtension,
  startFixtureServer,
  waitForMarks,
} from '../harness';
import { collectErrors, duplicateMarks, eventually, markTexts, sleep } from './hostile-support';

/**
 * The extension reloaded (an update, or a developer's reload) while pages are
 * open: the content script left behind must stop quietly, and the new version
 * takes the page over without painting a second set of marks over the first.
 * Firefox injects the new version into open pages itself; on Chromium the
 * background does it (entrypoints/background/reinject.ts).
 */

const EXPECTED = ['Better Care Fund', 'control total', 'Clinical Commissioning Groups'];

/**
 * Reloads the extension as an update would. Firefox: the extension asks for it itself, from one of its own
 * pages (which closes with it). Chromium: an unpacked extension loaded over the DevTools pipe comes back
 * disabled after chrome.runtime.reload() (its pages answer ERR_BLOCKED_BY_CLIENT), so it is loaded again
 * from the same folder, which Chromium treats as a reload of the installed extension.
 */
async function reloadExtension(ext: ExtensionBrowser): Promise<void> {
  if (ext.kind === 'chromium') {
    await ext.browser.installExtension(extensionDir('chromium'));
    return;
  }
  const control = await extensionPage(ext);
  await control
    .evaluate(() => {
      const g = globalThis as unknown as { browser: { runtime: { reload(): void } } };
      setTimeout(() => g.browser.runtime.reload(), 0);
    })
    .catch(() => undefined);
}

/** The dynamic fixture in a new tab, its errors collected from the start, once its three terms are marked. */
async function openMarked(ext: ExtensionBrowser, server: FixtureServer): Promise<{ page: Page; errors: string[] }> {
  const page = await ext.browser.newPage();
  const errors = collectErrors(page);
  await page.goto(server.url(DYNAMIC_HOST, DYNAMIC_PATH));
  expect(await waitForMarks(page, { min: 3 })).toHaveLength(3);
  return { page, errors };
}

describe.each(BROWSER_KINDS)('the extension reloaded under open pages, in %s', (kind) => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    server = await startFixtureServer();
    ext = await launchWithExtension(kind, { port: server.port });
    await extensionPage(ext);
    ({ page, errors } = await openMarked(ext, server));
    await reloadExtension(ext);
    await sleep(2500);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('leaves the old content script quiet: no error on hover, scroll or page change', async () => {
    const point = await page.evaluate(() => {
      const text = document.getElementById('first')?.firstChild as Text;
      const range = document.createRange();
      const at = text.data.indexOf('Better Care Fund');
      range.setStart(text, at + 2);
      range.setEnd(text, at + 6);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(point.x, point.y);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Later: the Joint Forward Plan was noted.';
      document.getElementById('minutes')?.append(p);
      window.scrollBy(0, 10);
    });
    await sleep(1500);
    expect(errors).toEqual([]);
  });

  it('marks the open page again with the new version, and never shows two sets of marks', async () => {
    const marks = await markTexts(page);
    expect(marks).toEqual(expect.arrayContaining(EXPECTED));
    expect(await duplicateMarks(page)).toBe(0);
  });

  it('marks the page once, and only once, after it reloads', async () => {
    await page.reload();
    const marks = await eventually(
      () => markTexts(page),
      (m) => m.length >= 3,
    );
    await sleep(1000);
    expect(marks.slice(0, 3)).toEqual(EXPECTED);
    expect(await duplicateMarks(page)).toBe(0);
    expect(errors).toEqual([]);
  });
});

/**
 * Two copies of the lens in one page. It happens when two gates share a frame: the page loaded as the
 * extension was installed, and Chromium's background put a second gate in (reinject.ts) while the first
 * was asking for the lens. WXT stops the older copy of a script as a newer one starts, so the newer copy
 * must carry on in its place, whether or not a gate's handoff was left for it.
 */
describe.each(BROWSER_KINDS)('a second copy of the lens injected into a marked page, in %s', (kind) => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    server = await startFixtureServer();
    ext = await launchWithExtension(kind, { port: server.port });
    const control = await extensionPage(ext);
    ({ page, errors } = await openMarked(ext, server));
    await injectIntoTab(control, DYNAMIC_TAB, LENS_SCRIPT_FILE);
    await sleep(1500);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('keeps the page marked, once', async () => {
    expect(await markTexts(page)).toEqual(EXPECTED);
    expect(await duplicateMarks(page)).toBe(0);
  });

  it('marks what the page adds afterwards', async () => {
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Later: the Joint Forward Plan was noted.';
      document.getElementById('minutes')?.append(p);
    });
    const marks = await eventually(
      () => markTexts(page),
      (m) => m.includes('Joint Forward Plan'),
    );
    expect(marks).toContain('Joint Forward Plan');
    expect(errors).toEqual([]);
  });
});
