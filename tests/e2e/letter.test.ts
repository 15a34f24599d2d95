import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSER_KINDS,
  type BrowserKind,
  type ExtensionBrowser,
  type FixtureServer,
  launchWithExtension,
  openExtensionPage,
  PROJECT_ROOT,
  startFixtureServer,
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

const run = promisify(execFile);

const QUESTION = 'Will the ICB publish the savings it has assumed for 2026/27?';
const PAGE_TITLE = 'Leeds Health and Wellbeing Board, 25 September 2026';
const PAGE_URL = 'https://democracy.leeds.gov.uk/ieListDocuments.aspx?CId=965';

/**
 * Puts a question in the basket through the page's own storage, as a card's
 * "Add to my letter" does (key and shape of lib/letters/drafts.ts).
 */
async function seedBasket(page: Page): Promise<void> {
  await page.evaluate(
    async (text, pageTitle, pageUrl) => {
      type Storage = { storage: { local: { set(items: object): Promise<void> } } };
      const g = globalThis as unknown as { browser?: Storage; chrome: Storage };
      const api = g.browser ?? g.chrome;
      const entry = { id: 'e2e-question-1', text, source: { pageTitle, pageUrl }, addedAt: Date.now() };
      await api.storage.local.set({ questionBasket: [entry] });
    },
    QUESTION,
    PAGE_TITLE,
    PAGE_URL,
  );
}

describe.each(BROWSER_KINDS)('the letter builder in %s', (kind: BrowserKind) => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let downloads: string;

  beforeAll(async () => {
    server = await startFixtureServer();
    ext = await launchWithExtension(kind, { port: server.port, viewport: { width: 1280, height: 900 } });
    downloads = mkdtempSync(join(tmpdir(), `scrutiny-lens-letter-${kind}-`));
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
    if (downloads) rmSync(downloads, { recursive: true, force: true });
  });

  it('refuses to export a letter with a required field empty, naming the field', async () => {
    const page = await openExtensionPage(ext, 'letter.html?template=scrutiny-chair-obtain-plans');
    await waitForBuilder(page);
    await clickButton(page, 'Download .docx');
    const alert = await page.waitForSelector('[role="alert"]');
    expect(await alert?.evaluate((el) => el.textContent)).toContain("Fill in “Chair's name”: it is required.");
    await page.close();
  });

  it('builds a letter, exports a .docx holding the question, and finds the draft intact after a reload', async () => {
    let page = await openExtensionPage(ext, 'letter.html?template=scrutiny-chair-obtain-plans');
    await waitForBuilder(page);
    await seedBasket(page);
    await page.waitForFunction(
      (q) => document.querySelector('.sl-letter-questions')?.textContent?.includes(q),
      {},
      QUESTION,
    );

    for (const [id, value] of Object.entries(FIELDS)) await fill(page, id, value);
    const preview = await previewText(page);
    expect(preview).toContain('Dear Councillor Priya Shah,');
    expect(preview).toContain('The trusts I have in mind are Leeds Teaching Hospitals NHS Trust and Leeds and York');
    expect(preview).toContain(PAGE_TITLE);
    expect(await page.$('.sl-placeholder')).toBeNull();
    await waitForSaved(page);

    if (kind === 'chromium') {
      const dir = join(PROJECT_ROOT, 'tests/e2e/screenshots');
      mkdirSync(dir, { recursive: true });
      // The form's top beside the preview's list of questions: the two halves of the builder in one picture.
      await page.evaluate(() => {
        window.scrollTo(0, 0);
        const side = document.querySelector('.sl-letter-side');
        const list = document.querySelector('.sl-letter-questions');
        if (side && list) side.scrollTop = list.getBoundingClientRect().top - side.getBoundingClientRect().top - 260;
      });
      await page.screenshot({ path: join(dir, 'letter-builder.png') });
    }

    const click = () => clickButton(page, 'Download .docx');
    const docx =
      kind === 'chromium'
        ? readFileSync(await downloadInChromium(page, downloads, click))
        : await downloadByBlob(page, click);
    const text = documentText(docx);
    expect(text).toContain(QUESTION);
    expect(text).toContain('Dear Councillor Priya Shah,');

    // CI installs LibreOffice (.ci/run), so there the conversion always runs; elsewhere it runs where LibreOffice is present.
    if (process.env.CI === 'true' && !existsSync('/usr/bin/libreoffice'))
      throw new Error('LibreOffice is missing: .ci/run installs it');
    if (kind === 'chromium' && existsSync('/usr/bin/libreoffice')) {
      const file = join(downloads, 'letter.docx');
      const { writeFileSync } = await import('node:fs');
      writeFileSync(file, docx);
      await run(
        'libreoffice',
        [
          `-env:UserInstallation=file://${join(downloads, 'lo-profile')}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          downloads,
          file,
        ],
        { timeout: 90_000 },
      );
      const pdf = readFileSync(join(downloads, 'letter.pdf'));
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }

    const search = await page.evaluate(() => location.search);
    expect(search).toMatch(/^\?draft=[\w-]+$/);
    await page.close();

    page = await openExtensionPage(ext, `letter.html${search}`);
    await waitForBuilder(page);
    for (const [id, value] of Object.entries(FIELDS))
      expect(await page.$eval(`#${id}`, (el) => (el as HTMLInputElement).value)).toBe(value);
    expect(await previewText(page)).toContain(QUESTION);
    await page.close();
  });
});
