import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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
import { unzip, wordTexts } from '../unit/letters/helpers';

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

/** Sets a field as typing would, firing the input event Preact listens for. */
async function fill(page: Page, id: string, value: string): Promise<void> {
  await page.$eval(
    `#${id}`,
    (el, v) => {
      const input = el as HTMLInputElement | HTMLTextAreaElement;
      input.focus();
      input.value = v;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    value,
  );
}

const FIELDS: Record<string, string> = {
  'field-why_it_matters':
    'My mother waited eleven hours in A&E last winter. I want to know whether next year’s plans make that better or worse.',
  'field-recipient_name': 'Councillor Priya Shah',
  'field-committee_name': 'Adults and Health Scrutiny Committee',
  'field-council_name': 'Leeds City Council',
  'field-icb_name': 'NHS West Yorkshire Integrated Care Board',
  'field-plan_years': '2026/27',
  'field-trust_names': 'Leeds Teaching Hospitals NHS Trust; Leeds and York Partnership NHS Foundation Trust',
  'field-your_name': 'Alex Morgan',
  'field-your_postcode': 'LS1 1UR',
};

/** Waits for the builder's form, saying what the page shows instead if it never comes. */
async function waitForBuilder(page: Page): Promise<void> {
  try {
    await page.waitForSelector('#field-recipient_name', { timeout: 20_000 });
  } catch (e) {
    const shown = await page.evaluate(() => `${location.href}\n${document.body.innerText.slice(0, 400)}`).catch(String);
    throw new Error(`The letter builder did not open. The page shows:\n${shown}`, { cause: e });
  }
}

const previewText = (page: Page) => page.$eval('.sl-letter-paper', (el) => el.textContent ?? '');

async function clickButton(page: Page, name: string): Promise<void> {
  await page.locator(`button::-p-text(${name})`).click();
}

async function waitForSaved(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('.sl-save-status [role="status"]')?.textContent === 'Saved', {
    timeout: 10_000,
  });
}

/** Chromium saves downloads where CDP says; returns the path once the file is complete. */
async function downloadInChromium(page: Page, dir: string, click: () => Promise<void>): Promise<string> {
  const cdp = await page.createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
  await click();
  const deadline = Date.now() + 15_000;
  for (;;) {
    const done = readdirSync(dir).find((f) => f.endsWith('.docx'));
    if (done) return join(dir, done);
    if (Date.now() > deadline) throw new Error(`no .docx appeared in ${dir}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Elsewhere the page's Blob is caught as it is handed to the download link. */
async function downloadByBlob(page: Page, click: () => Promise<void>): Promise<Buffer> {
  await page.evaluate(() => {
    const w = window as unknown as { __caught?: Promise<string>; __resolve?: (s: string) => void };
    w.__caught = new Promise((resolve) => {
      w.__resolve = resolve;
    });
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (obj: Blob | MediaSource) => {
      if (obj instanceof Blob) {
        const reader = new FileReader();
        reader.onload = () => w.__resolve?.(String(reader.result).split(',')[1] ?? '');
        reader.readAsDataURL(obj);
      }
      return original(obj);
    };
  });
  await click();
  const base64 = await page.evaluate(() => (window as unknown as { __caught: Promise<string> }).__caught);
  return Buffer.from(base64, 'base64');
}

function documentText(docx: Uint8Array): string {
  return wordTexts(unzip(docx).get('word/document.xml')?.toString('utf8') ?? '').join('');
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
    if (process.env.CI === 'true' && !existsSync('/usr/bin/libreoffice')) throw new Error('LibreOffice is missing: .ci/run installs it');
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
