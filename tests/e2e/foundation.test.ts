import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSER_KINDS,
  type ExtensionBrowser,
  type FixtureServer,
  launchWithExtension,
  openExtensionPage,
  PROJECT_ROOT,
  readMarks,
  startFixtureServer,
  waitForMarks,
} from '../harness';
import { bundledGlossaryForTests } from '../harness/glossary';

const STRATEGY = '/corpus/leeds_health_wellbeing_strategy_2023-2030.md';

describe.each(BROWSER_KINDS)('the extension in %s', (kind) => {
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

  it('installs and has an address for its own pages', () => {
    expect(ext.extensionBase).toMatch(/^(chrome|moz)-extension:\/\/[\w-]+\/$/);
  });

  it('marks glossary terms on a council page', async () => {
    const page = await ext.browser.newPage();
    await page.goto(server.url('democracy.leeds.gov.uk', STRATEGY));
    const marks = await waitForMarks(page, { min: 5 });
    const texts = marks.map((m) => m.text.replace(/\s+/g, ' ').toLowerCase());
    expect(texts).toContain('health and wellbeing board');
    await page.close();
  });

  it('marks the demo council page (the README screenshot)', async () => {
    const page = await ext.browser.newPage();
    await page.setViewport({ width: 1100, height: 760 });
    await page.goto(server.url('democracy.leeds.gov.uk', '/fixtures/demo-health-scrutiny.html'));
    const marks = await waitForMarks(page, { min: 10 });
    expect(marks.map((m) => m.text)).toContain('ICBs');
    if (kind === 'chromium') {
      const dir = join(PROJECT_ROOT, 'tests/e2e/screenshots');
      mkdirSync(dir, { recursive: true });
      await page.screenshot({ path: join(dir, 'marked-council-page.png') });
      // And with a card open: rest the pointer on the first marked "ICBs".
      const point = await page.evaluate(() => {
        const marks = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get(
          'scrutiny-lens-term',
        );
        const mark = [...(marks ?? [])].find((r) => {
          const range = new Range();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          return range.toString() === 'ICBs';
        });
        if (!mark) throw new Error('no ICBs mark');
        const range = new Range();
        range.setStart(mark.startContainer, mark.startOffset);
        range.setEnd(mark.endContainer, mark.endOffset);
        (mark.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'start' });
        scrollBy(0, -160);
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      });
      await page.mouse.move(point.x, point.y);
      await page.waitForFunction(
        () => document.querySelector('scrutiny-lens-ui')?.shadowRoot?.querySelector('.sl-card__summary'),
        { timeout: 5000 },
      );
      await new Promise((r) => setTimeout(r, 300));
      await page.screenshot({ path: join(dir, 'card-on-council-page.png') });
    }
    await page.close();
  });

  it('marks nothing on a site outside the council and NHS hosts', async () => {
    const page = await ext.browser.newPage();
    await page.goto(server.url('www.example.org', STRATEGY));
    await new Promise((r) => setTimeout(r, 1500));
    expect(await readMarks(page)).toEqual([]);
    await page.close();
  });

  it('opens the popup, which lists the glossary', async () => {
    const page = await openExtensionPage(ext, 'popup.html');
    await page.waitForSelector('[aria-label="Glossary terms"] li');
    const count = await page.$$eval('[aria-label="Glossary terms"] li', (items) => items.length);
    expect(count).toBe(bundledGlossaryForTests().terms.length);
    await page.close();
  });
});
