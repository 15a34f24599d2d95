import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from './browsers';
import { waitForMarks } from './marks';
import type { FixtureServer } from './server';

/**
 * The fixture most on-page tests start from (tests/fixtures/pages/dynamic.html), on a council host: three
 * terms, one of them split across inline tags, beside ordinary words, form fields and editable text.
 */
export const DYNAMIC_HOST = 'democracy.leeds.gov.uk';
export const DYNAMIC_PATH = '/fixtures/dynamic.html';
/** The fixture's tab, as the extension's messaging and badge helpers name it. */
export const DYNAMIC_TAB = `*://${DYNAMIC_HOST}${DYNAMIC_PATH}`;

/** A new tab on the fixture, once its three terms are marked. */
export async function openMarkedDynamicPage(
  ext: ExtensionBrowser,
  server: FixtureServer,
  viewport?: { width: number; height: number },
): Promise<Page> {
  const page = await ext.browser.newPage();
  if (viewport) await page.setViewport(viewport);
  await page.goto(server.url(DYNAMIC_HOST, DYNAMIC_PATH));
  await waitForMarks(page, { min: 3 });
  return page;
}
