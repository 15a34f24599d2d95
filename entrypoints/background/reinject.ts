import { CONTENT_SCRIPT_FILE, DEFAULT_SITE_PATTERNS } from '@/lib/sites/defaults';
import { originsFor } from '@/lib/sites/policy';
import { grantedAddedHosts } from './added-sites';

/**
 * After an install or an update, Chromium leaves the pages already open
 * without our content script (the old one has stopped with its extension)
 * until they are reloaded. Firefox injects into them itself. So on Chromium
 * the new version puts its content script into every open tab it may read;
 * WXT's content-script context tells any older copy in the page to stop
 * first, so a page never holds two sets of marks.
 */
export async function injectIntoOpenTabs(): Promise<number> {
  const patterns = [...DEFAULT_SITE_PATTERNS, ...(await grantedAddedHosts()).flatMap(originsFor)];
  const tabs = await browser.tabs.query({ url: patterns });
  const injected = await Promise.all(
    tabs
      .filter((tab) => tab.id !== undefined && !tab.discarded)
      .map((tab) =>
        browser.scripting
          .executeScript({ target: { tabId: tab.id as number, allFrames: true }, files: [CONTENT_SCRIPT_FILE] })
          .then(
            () => true,
            // A tab can close, navigate to an error page or be a browser page by now; it simply goes without.
            () => false,
          ),
      ),
  );
  return injected.filter(Boolean).length;
}

export function initReinjection(): void {
  if (import.meta.env.FIREFOX) return;
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') void injectIntoOpenTabs();
  });
}
