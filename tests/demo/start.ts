/**
 * `npm start`: after the build, open Chromium with the extension on a demo
 * council page built from real corpus text. With a display, the browser stays
 * open for you to explore (close it to finish). Without one, it runs headless,
 * prints the terms it found and saves a screenshot.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, PROJECT_ROOT, startFixtureServer, waitForMarks } from '../harness';

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
    const counts = new Map<string, number>();
    for (const m of marks) {
      const text = m.text.replace(/\s+/g, ' ');
      counts.set(text, (counts.get(text) ?? 0) + 1);
    }
    console.log(`Scrutiny Lens marked ${marks.length} occurrences of ${counts.size} distinct terms on ${url}:`);
    for (const [text, n] of [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
      console.log(`  ${String(n).padStart(3)} × ${text}`);
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
