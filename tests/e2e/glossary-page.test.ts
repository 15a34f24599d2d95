import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSER_KINDS,
  type ExtensionBrowser,
  type FixtureServer,
  launchWithExtension,
  openRendered,
  present,
  startFixtureServer,
} from '../harness';
import { bundledGlossaryForTests } from '../harness/glossary';

const glossary = bundledGlossaryForTests();

/** Which element has focus, and whether it is on screen. */
function focusedEntry(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const rect = el?.getBoundingClientRect();
    return {
      id: el?.id,
      visible: !!rect && rect.top >= 0 && rect.top < window.innerHeight && rect.height > 0,
    };
  });
}

async function waitForFocus(page: Page, id: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while ((await page.evaluate(() => document.activeElement?.id)) !== id) {
    if (Date.now() > deadline) throw new Error(`#${id} did not get focus`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.each(BROWSER_KINDS)('the glossary page in %s', (kind) => {
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

  it('has every term of data/terms', async () => {
    const page = await openRendered(ext, 'glossary.html');
    await present(page, '.sl-glossary__entry');
    expect(await page.$$eval('.sl-glossary__entry', (entries) => entries.length)).toBe(glossary.terms.length);
    await page.close();
  });

  it('opens at a deep link with that entry focused and on screen', async () => {
    const page = await openRendered(ext, 'glossary.html#control-total');
    await waitForFocus(page, 'control-total');
    expect(await focusedEntry(page)).toEqual({ id: 'control-total', visible: true });
    await page.close();
  });

  it('follows a new link on the open page', async () => {
    const page = await openRendered(ext, 'glossary.html');
    await present(page, '.sl-glossary__entry');
    await page.evaluate(() => {
      location.hash = '#integrated-care-board';
    });
    await waitForFocus(page, 'integrated-care-board');
    expect(await focusedEntry(page)).toEqual({ id: 'integrated-care-board', visible: true });
    await page.close();
  });

  it('prints without its controls, with every entry in full and links with their addresses', async () => {
    const page = await openRendered(ext, 'glossary.html');
    await present(page, '.sl-glossary__entry');
    // Firefox's WebDriver BiDi cannot emulate print media, so in both browsers the page's own
    // @media print rules are applied to the screen, which is what printing would do.
    await page.evaluate(() => {
      const rules = [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText === 'print')
        .flatMap((rule) => [...rule.cssRules].map((r) => r.cssText));
      const style = document.createElement('style');
      style.textContent = rules.join('\n');
      document.head.append(style);
    });
    const printed = await page.evaluate(() => ({
      controls: getComputedStyle(document.querySelector('.sl-glossary__controls') as Element).display,
      buttons: [...document.querySelectorAll('.sl-card__actions, .sl-card__more-toggle')].filter(
        (b) => getComputedStyle(b).display !== 'none',
      ).length,
      hiddenDetail: [...document.querySelectorAll('.sl-card__more')].filter(
        (d) => getComputedStyle(d).display === 'none',
      ).length,
      linkSuffix: getComputedStyle(document.querySelector('.sl-card a[href^="http"]') as Element, '::after').content,
    }));
    expect(printed).toEqual({
      controls: 'none',
      buttons: 0,
      hiddenDetail: 0,
      linkSuffix: expect.stringMatching(/attr\(href\)|https:/),
    });
    await page.close();
  });
});
