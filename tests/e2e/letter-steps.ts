import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { unzip, wordTexts } from '../unit/letters/helpers';

/** Steps through the letter builder page, shared by the builder's own test and the reading-to-letter journey. */

/** Sets a field as typing would, firing the input event Preact listens for. */
export async function fill(page: Page, id: string, value: string): Promise<void> {
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

export const FIELDS: Record<string, string> = {
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
export async function waitForBuilder(page: Page): Promise<void> {
  try {
    await page.waitForSelector('#field-recipient_name', { timeout: 20_000 });
  } catch (e) {
    const shown = await page.evaluate(() => `${location.href}\n${document.body.innerText.slice(0, 400)}`).catch(String);
    throw new Error(`The letter builder did not open. The page shows:\n${shown}`, { cause: e });
  }
}

export const previewText = (page: Page) => page.$eval('.sl-letter-paper', (el) => el.textContent ?? '');

export async function clickButton(page: Page, name: string): Promise<void> {
  await page.locator(`button::-p-text(${name})`).click();
}

export async function waitForSaved(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('.sl-save-status [role="status"]')?.textContent === 'Saved', {
    timeout: 10_000,
  });
}

/** Chromium saves downloads where CDP says; returns the path once the file is complete. */
export async function downloadInChromium(page: Page, dir: string, click: () => Promise<void>): Promise<string> {
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
export async function downloadByBlob(page: Page, click: () => Promise<void>): Promise<Buffer> {
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

export function documentText(docx: Uint8Array): string {
  return wordTexts(unzip(docx).get('word/document.xml')?.toString('utf8') ?? '').join('');
}
