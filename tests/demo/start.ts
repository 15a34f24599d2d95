/**
 * `npm start`: after the build, open Chromium with the extension on a demo
 * council page built from real corpus text. With a display, the browser stays
 * open for you to explore (close it to finish). Without one, it runs headless,
 * prints the terms it found and saves a screenshot.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PageTermsReply } from '../../lib/messages';
import {
  extensionPage,
  launchWithExtension,
  PROJECT_ROOT,
  sendToTab,
  startFixtureServer,
  waitForMarks,
} from '../harness';
import { bundledGlossaryForTests } from '../harness/glossary';

const DEMO_PATH = '/fixtures/demo-health-scrutiny.html';
const HOST = 'democracy.leeds.gov.uk';
const headful =
  Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) &&
  process.env.CI !== 'true' &&
  !process.argv.includes('--headless');

const server = await startFixtureServer();
const url = server.url(HOST, DEMO_PATH);

if (headful) {
  const puppeteer = await import('puppeteer-core');
  const { executablePath, extensionDir } = await import('../harness/browsers');
  const browser = await puppeteer.default.launch({
    executablePath: executablePath('chromium'),
    headless: false,
    pipe: true,
    enableExtensions: [extensionDir('chromium')],
    defaultViewport: null,
    args: [
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      `--host-resolver-rules=MAP ${HOST} 127.0.0.1:${server.port}`,
    ],
  });
  const [page] = await browser.pages();
  await page.goto(url);
  console.log(
    `Scrutiny Lens is running on ${url}\nHover a dotted underline to open its card. Close the browser to finish.`,
  );
  await new Promise<void>((done) => browser.on('disconnected', () => done()));
  await server.close();
} else {
  const ext = await launchWithExtension('chromium', { port: server.port, viewport: { width: 1200, height: 900 } });
  try {
    const page = await ext.browser.newPage();
    await page.goto(url);
    const marks = await waitForMarks(page, { min: 1 });
    // Ask the content script what it found, as the popup's "On this page" does.
    const control = await extensionPage(ext);
    const reply = (await sendToTab(control, `*://${HOST}${DEMO_PATH}`, { type: 'get-page-terms' })) as PageTermsReply;
    const glossary = bundledGlossaryForTests();
    console.log(`Scrutiny Lens found ${reply.terms.length} terms (${marks.length} marks) on ${url}, in page order:`);
    for (const { termId, count } of reply.terms) {
      const term = glossary.termsById.get(termId);
      const short = term?.match.acronyms[0];
      const name = term ? `${term.headword}${short && !term.headword.includes(short) ? ` (${short})` : ''}` : termId;
      const era = term?.era.status === 'historical' ? ' [historical]' : '';
      console.log(`  ${String(count).padStart(3)} × ${name}${era}`);
    }
    const dir = join(PROJECT_ROOT, '.output');
    mkdirSync(dir, { recursive: true });
    const shot = join(dir, 'demo-screenshot.png');
    await page.screenshot({ path: shot, fullPage: true });
    console.log(`Screenshot: ${shot}`);
  } finally {
    await ext.close();
    await server.close();
  }
}
