import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSER_KINDS,
  type ExtensionBrowser,
  extensionPage,
  type FixtureServer,
  getStorage,
  launchWithExtension,
  openExtensionPage,
  sendToTab,
  startFixtureServer,
  waitForMarks,
  waitForTabAt,
} from '../harness';
import {
  clickButton,
  documentText,
  downloadByBlob,
  downloadInChromium,
  FIELDS,
  fill,
  previewText,
  waitForBuilder,
  waitForSaved,
} from './letter-steps';

const HOST = 'www.england.nhs.uk';
const PATH = '/corpus/nhse_planning_framework_2025.md';

/** The first question on the open card, clicked "Add to my letter"; returns its text. */
async function addFirstQuestionFromCard(page: Page): Promise<string> {
  const handle = await page.waitForFunction(
    () => {
      const root = document.querySelector('scrutiny-lens-ui')?.shadowRoot;
      const button = [...(root?.querySelectorAll('button') ?? [])].find(
        (b) => b.textContent?.trim() === 'Add to my letter',
      );
      return button ?? null;
    },
    { timeout: 10_000 },
  );
  const text = await page.evaluate((button) => {
    const item = (button as HTMLElement).closest('li');
    const question = [...(item?.querySelectorAll('p, span') ?? [])]
      .map((n) => n.textContent ?? '')
      .find((t) => t.trim().endsWith('?'));
    (button as HTMLElement).click();
    return question?.trim() ?? '';
  }, handle);
  expect(text).toMatch(/\?$/);
  return text;
}

describe.each(BROWSER_KINDS)('from reading to a letter, in %s', (kind) => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let downloads: string;

  beforeAll(async () => {
    server = await startFixtureServer();
    ext = await launchWithExtension(kind, { port: server.port, viewport: { width: 1280, height: 900 } });
    downloads = mkdtempSync(join(tmpdir(), `scrutiny-lens-journey-${kind}-`));
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
    if (downloads) rmSync(downloads, { recursive: true, force: true });
  });

  it('adds a question from a card, opens the builder from the popup, and exports a .docx that holds it', async () => {
    // Reading: a card opened on an NHS England page, its first question added to the letter.
    const reading = await ext.browser.newPage();
    await reading.goto(server.url(HOST, PATH));
    await waitForMarks(reading, { min: 5 });
    const control = await extensionPage(ext);
    expect(await sendToTab(control, `*://${HOST}${PATH}`, { type: 'next-mark' })).toEqual({ ok: true });
    const question = await addFirstQuestionFromCard(reading);
    const pageTitle = await reading.title();
    const deadline = Date.now() + 5000;
    let basket: Array<{ text: string; source: { pageTitle: string; pageUrl: string } }> = [];
    while (!basket.length && Date.now() < deadline) {
      basket = ((await getStorage(control, 'local', 'questionBasket')) as typeof basket | undefined) ?? [];
      if (!basket.length) await new Promise((r) => setTimeout(r, 100));
    }
    expect(basket.map((q) => q.text)).toEqual([question]);
    expect(basket[0].source).toEqual({ pageTitle, pageUrl: server.url(HOST, PATH) });

    // The popup, pointed at the reading tab, says one question is gathered and opens the builder.
    const tabId = await control.evaluate(async (pattern) => {
      type TabsApi = { tabs: { query(q: { url: string }): Promise<Array<{ id?: number }>> } };
      const scope = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
      return (await (scope.browser ?? scope.chrome).tabs.query({ url: pattern }))[0]?.id;
    }, `*://${HOST}${PATH}`);
    const popup = await openExtensionPage(ext, `popup.html?tab=${tabId}`);
    await popup.waitForFunction(() => document.body.textContent?.includes('1 question gathered'), { timeout: 10_000 });
    await clickButton(popup, 'Write a letter');
    const letterUrl = await waitForTabAt(control, `${ext.extensionBase}letter.html*`);
    // Firefox's driver does not report tabs the extension opens on its own pages, so the test opens the same address.
    const builder =
      (await ext.browser.pages()).find((p) => p.url() === letterUrl) ??
      (await openExtensionPage(ext, letterUrl.slice(ext.extensionBase.length)));
    await builder.waitForFunction(() => document.readyState === 'complete' && document.querySelector('button'), {
      timeout: 15_000,
    });

    // Writing: choose the letter to the scrutiny chair, fill it in, see the question in the preview, export it.
    await builder.$eval('#template-scrutiny-chair-obtain-plans', (h) =>
      h.closest('li')?.querySelector('button')?.click(),
    );
    await waitForBuilder(builder);
    for (const [id, value] of Object.entries(FIELDS)) await fill(builder, id, value);
    const preview = await previewText(builder);
    expect(preview).toContain('Dear Councillor Priya Shah,');
    expect(preview).toContain(question);
    await waitForSaved(builder);
    const click = () => clickButton(builder as Page, 'Download .docx');
    const docx =
      kind === 'chromium'
        ? readFileSync(await downloadInChromium(builder, downloads, click))
        : await downloadByBlob(builder, click);
    expect(documentText(docx)).toContain(question);

    // The draft survives the tab being closed: its address names the draft, and opening it again finds everything.
    const search = await builder.evaluate(() => location.search);
    expect(search).toMatch(/^\?draft=[\w-]+$/);
    await builder.close();
    const reopened = await openExtensionPage(ext, `letter.html${search}`);
    await waitForBuilder(reopened);
    expect(await previewText(reopened)).toContain(question);
    await reopened.close();
    // The popup closes itself once it has opened the builder.
    await Promise.all([reading, popup, control].map((p) => p.close().catch(() => undefined)));
  });
});
