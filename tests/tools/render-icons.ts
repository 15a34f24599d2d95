/**
 * Draws public/icon/{16,32,48,128}.png from the SVG mark with headless
 * Chromium, so the PNGs in the repository can always be rebuilt from source:
 *   npx tsx tests/tools/render-icons.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { executablePath } from '../harness/browsers';
import { PROJECT_ROOT } from '../harness/server';

const iconDir = join(PROJECT_ROOT, 'public/icon');
const browser = await puppeteer.launch({
  executablePath: executablePath('chromium'),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  for (const size of [16, 32, 48, 128]) {
    const svg = readFileSync(join(iconDir, size <= 16 ? 'lens-small.svg' : 'lens.svg'), 'utf8');
    await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(join(iconDir, `${size}.png`), png);
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
