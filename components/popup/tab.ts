import { browser } from 'wxt/browser';

export interface TabInfo {
  id: number;
  /** Only known where the extension may see it: a council or NHS site, an added site, or after activeTab. */
  url?: string;
  title?: string;
}

/**
 * `popup.html?tab=<id>` speaks for that tab instead of the active one. The
 * end-to-end tests open the popup as an ordinary tab, which has no active tab
 * of its own to ask about, and an "open in a tab" view of the popup needs the
 * same: this is how both address the page they mean.
 */
export function tabIdFromQuery(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  return Number(raw);
}

/** The tab the popup is about: the override, or the active tab of the current window. */
export async function findTab(override: number | undefined): Promise<TabInfo | undefined> {
  try {
    const tab =
      override !== undefined
        ? await browser.tabs.get(override)
        : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (tab?.id === undefined) return undefined;
    return { id: tab.id, url: tab.url, title: tab.title };
  } catch {
    return undefined;
  }
}
