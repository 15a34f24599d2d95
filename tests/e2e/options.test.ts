import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/schema';
import {
  BROWSER_KINDS,
  type ExtensionBrowser,
  type FixtureServer,
  getStorage,
  launchWithExtension,
  openExtensionPage,
  readMarks,
  setStorage,
  startFixtureServer,
  waitForMarks,
} from '../harness';

const CARBON_FOOTPRINT = {
  headword: 'Carbon footprint',
  definition: 'The greenhouse gas a building or service causes, counted in tonnes of carbon dioxide each year.',
};

const USED_SETTINGS: Settings = {
  sites: { off: ['democracy.leeds.gov.uk'], added: [] },
  marks: { ...DEFAULT_SETTINGS.marks, colours: 'purple', density: 'every', historical: false },
};

const PLACE_BOARD = {
  slug: 'place-board',
  headword: 'Place board',
  category: 'bodies-and-structures',
  acronyms: ['PB'],
  phrases: ['place partnership board'],
  definition: 'The committee that runs NHS and council services together in one borough.',
  link: { title: 'Leeds place board', url: 'https://www.leeds.gov.uk/place-board' },
  questions: ['Who sits on the place board?'],
};

/** Sets a field's text as typing would, in one input event (long JSON is slow to type key by key). */
async function fill(page: Page, selector: string, value: string): Promise<void> {
  await page.waitForSelector(selector);
  await page.$eval(
    selector,
    (el, text) => {
      (el as HTMLInputElement).value = text;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    },
    value,
  );
}

/** Clicks the button whose text is `text` (hidden text included, as a screen reader hears it). */
async function clickButton(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (t) => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === t && !b.disabled),
    {},
    text,
  );
  await page.evaluate((t) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === t);
    button?.click();
  }, text);
}

async function waitForText(page: Page, text: string): Promise<void> {
  await page.waitForFunction((t) => document.body.textContent?.includes(t), { timeout: 10_000 }, text);
}

/** Waits for storage to hold `expected`; Chromium hands objects back with their keys sorted, so compare deeply. */
async function waitForStorage(page: Page, area: 'local' | 'sync', key: string, expected: unknown): Promise<void> {
  await expect.poll(() => getStorage(page, area, key), { timeout: 10_000, interval: 100 }).toEqual(expected);
}

async function openOptions(ext: ExtensionBrowser): Promise<Page> {
  const page = await openExtensionPage(ext, 'options.html');
  await page.waitForSelector('#sites-heading');
  return page;
}

async function addTerm(options: Page, term: { headword: string; definition: string }): Promise<void> {
  await fill(options, '#term-headword', term.headword);
  await fill(options, '#term-definition', term.definition);
  await clickButton(options, 'Add term');
  await options.waitForFunction(
    (h) => [...document.querySelectorAll('.sl-term-name strong')].some((s) => s.textContent === h),
    {},
    term.headword,
  );
}

describe.each(BROWSER_KINDS)('the options page in %s', (kind) => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let scratch: string;

  beforeAll(async () => {
    server = await startFixtureServer();
    ext = await launchWithExtension(kind, { port: server.port });
    scratch = mkdtempSync(join(tmpdir(), 'scrutiny-lens-options-'));
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('opens with every section', async () => {
    const options = await openOptions(ext);
    const headings = await options.$$eval('h2', (hs) => hs.map((h) => h.textContent));
    expect(headings).toEqual(['Sites', 'Marks', 'Your terms', 'Import and export', 'Reset']);
    await options.close();
  });

  it('adds a term of the user’s own and stores it', async () => {
    await setStorage(await openOptions(ext), 'local', { localTerms: [] });
    const options = await openOptions(ext);
    await addTerm(options, CARBON_FOOTPRINT);
    const stored = (await getStorage(options, 'local', 'localTerms')) as Array<{ slug: string; headword: string }>;
    expect(stored.map((t) => [t.slug, t.headword])).toEqual([['carbon-footprint', 'Carbon footprint']]);
    await options.close();
  });

  it('exports, resets, imports the file, and finds everything back', async () => {
    const seed = await openOptions(ext);
    await setStorage(seed, 'sync', { settings: USED_SETTINGS });
    await setStorage(seed, 'local', { localTerms: [PLACE_BOARD] });
    await seed.close();
    const options = await openOptions(ext);
    await waitForText(options, 'Place board');

    await clickButton(options, 'Export settings and terms');
    await options.waitForSelector('#export-text');
    const exported = await options.$eval('#export-text', (t) => (t as HTMLTextAreaElement).value);
    // The download link serves exactly the text shown.
    const downloaded = await options.$eval('a[download]', async (a) =>
      (await fetch((a as HTMLAnchorElement).href)).text(),
    );
    expect(downloaded).toBe(exported);
    expect(JSON.parse(exported)).toMatchObject({
      format: 'scrutiny-lens-settings',
      version: 1,
      settings: USED_SETTINGS,
      localTerms: [PLACE_BOARD],
    });

    await clickButton(options, 'Reset to defaults…');
    await clickButton(options, 'Yes, reset everything');
    await waitForStorage(options, 'local', 'localTerms', []);
    await waitForStorage(options, 'sync', 'settings', DEFAULT_SETTINGS);
    await waitForText(options, 'You have not added any terms yet.');

    const file = join(scratch, `settings-${kind}.json`);
    writeFileSync(file, exported);
    const input = await options.waitForSelector('#import-file');
    await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
    await waitForText(options, 'The file is ready to import');
    await options.click('#import-mode-replace');
    await clickButton(options, 'Import');
    await waitForStorage(options, 'sync', 'settings', USED_SETTINGS);
    await waitForStorage(options, 'local', 'localTerms', [PLACE_BOARD]);
    await waitForText(options, 'Place board');
    expect(await options.$eval('#mark-colours-purple', (r) => (r as HTMLInputElement).checked)).toBe(true);
    await options.close();
  });

  it('refuses a broken file, says where it is wrong, and changes nothing', async () => {
    const options = await openOptions(ext);
    const before = [await getStorage(options, 'sync', 'settings'), await getStorage(options, 'local', 'localTerms')];
    await options.click('.sl-paste summary');
    const broken = {
      format: 'scrutiny-lens-settings',
      version: 1,
      exportedAt: '2025-11-22T13:00:00.000Z',
      settings: DEFAULT_SETTINGS,
      localTerms: [{ ...PLACE_BOARD, link: { title: 'x', url: 'http://example.org' } }],
    };
    await fill(options, '#import-text', JSON.stringify(broken));
    await clickButton(options, 'Check the pasted text');
    await waitForText(options, 'Nothing was imported');
    await waitForText(options, 'localTerms › #1 “Place board” › link.url: must start with https://');
    expect([await getStorage(options, 'sync', 'settings'), await getStorage(options, 'local', 'localTerms')]).toEqual(
      before,
    );
    await options.close();
  });
});

/*
 * These need the content script to mark the user's own terms and to follow
 * the settings, and the popup to show the site switch.
 */
describe.each(BROWSER_KINDS)('the options page with the content script and the popup, in %s', (kind) => {
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

  it('marks a term added in options on a council page, as the user’s own, and opens its card', async () => {
    const options = await openOptions(ext);
    await addTerm(options, CARBON_FOOTPRINT);
    const page = await ext.browser.newPage();
    await page.goto(server.url(HOST, PATH));
    await waitForMarks(page, { min: 1 });
    const deadline = Date.now() + 10_000;
    let local: string[] = [];
    while (!local.length && Date.now() < deadline) {
      local = (await readMarks(page)).filter((m) => m.highlight === 'scrutiny-lens-local').map((m) => m.text);
      if (!local.length) await new Promise((r) => setTimeout(r, 200));
    }
    expect(local).toEqual(['carbon footprint']);

    // Its card opens on hover, labelled as the user's own, with the definition they wrote.
    const point = await page.evaluate(() => {
      const marks = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get(
        'scrutiny-lens-local',
      );
      const mark = [...(marks ?? [])][0];
      const range = new Range();
      range.setStart(mark.startContainer, mark.startOffset);
      range.setEnd(mark.endContainer, mark.endOffset);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(point.x, point.y);
    const card = await page.waitForFunction(
      () =>
        document
          .querySelector('scrutiny-lens-ui')
          ?.shadowRoot?.querySelector('.sl-card__summary')
          ?.closest('[role="dialog"]')?.textContent,
      { timeout: 10_000 },
    );
    const text = String(await card.jsonValue());
    expect(text).toContain('Your term');
    expect(text).toContain(CARBON_FOOTPRINT.definition);
    await page.close();
    await options.close();
  });

  it('the popup agrees with a site switched off in options, and the page is not marked', async () => {
    const options = await openOptions(ext);
    await fill(options, '#site-to-switch-off', HOST);
    await clickButton(options, 'Switch off');
    await options.waitForSelector(`input[id="default-${HOST}"]:not(:checked)`);
    const page = await ext.browser.newPage();
    await page.goto(server.url(HOST, PATH));
    await new Promise((r) => setTimeout(r, 1500));
    expect(await readMarks(page)).toEqual([]);
    const popup = await openExtensionPage(ext, 'popup.html');
    const tabId = await popup.evaluate(async (pattern) => {
      type TabsApi = { tabs: { query(q: { url: string }): Promise<Array<{ id?: number }>> } };
      const scope = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
      const [tab] = await (scope.browser ?? scope.chrome).tabs.query({ url: pattern });
      return tab?.id;
    }, `*://${HOST}${PATH}`);
    await openExtensionPage(ext, `popup.html?tab=${tabId}`, popup);
    const toggle = await popup.waitForSelector('[role="switch"]');
    expect(await toggle?.evaluate((s) => s.getAttribute('aria-checked'))).toBe('false');
    await page.close();
    await popup.close();
    await options.close();
  });
});
