import { browser } from 'wxt/browser';

/**
 * An address inside the extension. getURL's type lists only the pages this
 * build has already generated, and the letter page is built alongside this
 * popup, so the path is taken as a plain string.
 */
export function extensionUrl(path: string): string {
  return (browser.runtime.getURL as (path: string) => string)(path);
}

export async function openExtensionTab(path: string): Promise<void> {
  await browser.tabs.create({ url: extensionUrl(path) });
}

export const glossaryPath = (termId?: string) =>
  termId ? `/glossary.html#${encodeURIComponent(termId)}` : '/glossary.html';

export const LETTER_PATH = '/letter.html';
