import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSER_KINDS,
  type ExtensionBrowser,
  type FixtureServer,
  getStorage,
  launchWithExtension,
  openRendered,
  present,
  readMarks,
  sendToTab,
  startFixtureServer,
  waitForMarks,
} from '../harness';
import { bundledGlossaryForTests } from '../harness/glossary';

const glossary = bundledGlossaryForTests();
const headwordOf = (id: string) => glossary.termsById.get(id)?.headword ?? `(no term ${id} in data/terms)`;

const SEARCH = '[role="combobox"][aria-controls]';
const firstOption = (page: Page) => page.$eval('[role="listbox"] [role="option"]', (o) => o.textContent ?? '');

/** Opens the popup and types `query` into its search, waiting for the results. */
async function searchInPopup(ext: ExtensionBrowser, query: string): Promise<Page> {
  const popup = await openRendered(ext, 'popup.html');
  await present(popup, SEARCH);
  await popup.type(SEARCH, query);
  await present(popup, '[role="listbox"][aria-label="Search results"]');
  return popup;
}

interface TabsApi {
  tabs: { query(info: { url: string }): Promise<Array<{ id?: number }>> };
}

/** The tab id of an open page, asked of the extension from one of its own pages. */
function tabIdOf(extPage: Page, urlPattern: string): Promise<number> {
  return extPage.evaluate(async (pattern) => {
    const scope = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
    const [tab] = await (scope.browser ?? scope.chrome).tabs.query({ url: pattern });
    if (tab?.id === undefined) throw new Error(`no tab matches ${pattern}`);
    return tab.id;
  }, urlPattern);
}

describe.each(BROWSER_KINDS)('the popup in %s', (kind) => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    server = await startFixtureServer();
    ext = await launchWithExtension(kind, { port: server.port });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('opens with the search box focused', async () => {
    const popup = await openRendered(ext, 'popup.html');
    await present(popup, SEARCH);
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await popup.close();
  });

  it('finds "control total" first from the misspelt "contol totl", and opens it with Enter', async () => {
    const popup = await searchInPopup(ext, 'contol totl');
    expect(await firstOption(popup)).toMatch(new RegExp(`^${headwordOf('control-total')}`));
    await popup.keyboard.press('Enter');
    await present(popup, '#sl-term-view-title');
    expect(await popup.$eval('#sl-term-view-title', (h) => h.textContent)).toBe(headwordOf('control-total'));
    await popup.close();
  });

  it('goes back to the search box with Escape pressed straight after Enter opened a term', async () => {
    const popup = await searchInPopup(ext, 'control total');
    // No wait between the keys: focus must already be in the term's view when Escape arrives.
    await popup.keyboard.press('Enter');
    await popup.keyboard.press('Escape');
    await present(popup, SEARCH);
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await popup.close();
  });

  it('moves through the results with the arrow keys', async () => {
    const popup = await searchInPopup(ext, 'integrated care');
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('ArrowDown');
    const active = await popup.$eval(SEARCH, (input) => {
      const id = input.getAttribute('aria-activedescendant');
      const options = [...document.querySelectorAll('[role="listbox"] [role="option"]')];
      return options.findIndex((o) => o.id === id);
    });
    expect(active).toBe(1);
    await popup.close();
  });
});

/*
 * These need the content script to answer the popup's messages
 * (get-page-terms, reveal-term) and to follow the settings.
 */
describe.each(BROWSER_KINDS)('the popup on a council page, in %s', (kind) => {
  const HOST = 'democracy.leeds.gov.uk';
  const PATH = '/fixtures/dynamic.html';
  let server: FixtureServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    server = await startFixtureServer();
    ext = await launchWithExtension(kind, { port: server.port });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  /** A council page with its marks painted, and the popup opened as a tab speaking for it (?tab=). */
  async function councilPageWithPopup(): Promise<{ page: Page; popup: Page }> {
    const page = await ext.browser.newPage();
    await page.goto(server.url(HOST, PATH));
    await waitForMarks(page, { min: 3 });
    const popup = await openRendered(ext, 'popup.html');
    const tabId = await tabIdOf(popup, `*://${HOST}${PATH}`);
    await openRendered(ext, `popup.html?tab=${tabId}`, popup);
    return { page, popup };
  }

  it('lists the terms on the page in the order and with the counts the content script reports', async () => {
    const { page, popup } = await councilPageWithPopup();
    const reply = (await sendToTab(popup, `*://${HOST}${PATH}`, { type: 'get-page-terms' })) as {
      terms: Array<{ termId: string; count: number }>;
    };
    await present(popup, '.sl-page-term');
    const listed = await popup.$$eval('.sl-page-term', (buttons) => buttons.map((b) => b.textContent ?? ''));
    expect(listed).toEqual(
      reply.terms.map((t) => `${headwordOf(t.termId)}${t.count}${t.count === 1 ? ' mention' : ' mentions'}`),
    );
    await page.close();
    await popup.close();
  });

  it('shows a chosen term on the page, with its card open', async () => {
    const { page, popup } = await councilPageWithPopup();
    await present(popup, '.sl-page-term');
    const button = await popup.$('.sl-page-term');
    const name = await button?.evaluate((b) => b.querySelector('.sl-page-term__name')?.textContent ?? '');
    await button?.click();
    const deadline = Date.now() + 5000;
    let card = '';
    while (!card.includes(name ?? '') && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      card = await page.evaluate(
        () =>
          document.querySelector('scrutiny-lens-ui')?.shadowRoot?.querySelector('[role="dialog"]')?.textContent ?? '',
      );
    }
    expect(card).toContain(name);
    await page.close();
    if (!popup.isClosed()) await popup.close();
  });

  it('switches marking off for the site and on again', async () => {
    const { page, popup } = await councilPageWithPopup();
    await present(popup, '[role="switch"]');
    const toggle = await popup.$('[role="switch"]');
    expect(await toggle?.evaluate((s) => [s.textContent, s.getAttribute('aria-checked')])).toEqual([
      `On for ${HOST}`,
      'true',
    ]);
    await toggle?.click();
    await present(popup, '[role="switch"][aria-checked="false"]');
    const settings = (await getStorage(popup, 'sync', 'settings')) as { sites: { off: string[] } };
    expect(settings.sites.off).toEqual([HOST]);
    await waitForMarks(page, { min: 0, timeout: 3000 });
    expect(await readMarks(page)).toEqual([]);
    await (await popup.$('[role="switch"]'))?.click();
    await present(popup, '[role="switch"][aria-checked="true"]');
    expect((await waitForMarks(page, { min: 3 })).length).toBeGreaterThanOrEqual(3);
    await page.close();
    await popup.close();
  });
});
