import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from './browsers';
import { openExtensionPage } from './browsers';

/** The slice of the extension API these helpers use, as both browsers expose it to extension pages. */
interface ExtensionApi {
  tabs: {
    query(q: { url: string }): Promise<Array<{ id?: number; url?: string }>>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  scripting: { executeScript(details: { target: { tabId: number }; files: string[] }): Promise<unknown> };
  storage: Record<
    'local' | 'sync',
    { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> }
  >;
}

/**
 * Runs extension API calls from one of the extension's own pages, which is how
 * a test plays the part of the popup or the background: sending a message to a
 * tab's content script, or changing stored settings. The function runs in the
 * page, where `api` is `browser` (Firefox) or `chrome` (Chromium).
 */
export async function extensionPage(ext: ExtensionBrowser): Promise<Page> {
  return openExtensionPage(ext, 'options.html');
}

export async function sendToTab(extPage: Page, urlPattern: string, message: unknown): Promise<unknown> {
  return extPage.evaluate(
    async (pattern, msg) => {
      const api = ((globalThis as unknown as { browser?: ExtensionApi }).browser ??
        (globalThis as unknown as { chrome: ExtensionApi }).chrome) as ExtensionApi;
      const [tab] = await api.tabs.query({ url: pattern });
      if (tab?.id === undefined) throw new Error(`no tab matches ${pattern}`);
      return api.tabs.sendMessage(tab.id, msg, { frameId: 0 });
    },
    urlPattern,
    message as object,
  );
}

/** Injects one of the extension's scripts into the top frame of the one tab whose address matches `urlPattern`. */
export async function injectIntoTab(extPage: Page, urlPattern: string, file: string): Promise<void> {
  await extPage.evaluate(
    async (pattern, path) => {
      const api = ((globalThis as unknown as { browser?: ExtensionApi }).browser ??
        (globalThis as unknown as { chrome: ExtensionApi }).chrome) as ExtensionApi;
      const [tab] = await api.tabs.query({ url: pattern });
      if (tab?.id === undefined) throw new Error(`no tab matches ${pattern}`);
      await api.scripting.executeScript({ target: { tabId: tab.id }, files: [path] });
    },
    urlPattern,
    file,
  );
}

/** The toolbar badge's text on the one tab whose address matches `urlPattern`. */
export async function badgeText(extPage: Page, urlPattern: string): Promise<string> {
  return extPage.evaluate(async (pattern) => {
    const api = ((globalThis as unknown as { browser?: ExtensionApi }).browser ??
      (globalThis as unknown as { chrome: ExtensionApi }).chrome) as ExtensionApi;
    const [tab] = await api.tabs.query({ url: pattern });
    if (tab?.id === undefined) throw new Error(`no tab matches ${pattern}`);
    return api.action.getBadgeText({ tabId: tab.id });
  }, urlPattern);
}

export async function setStorage(extPage: Page, area: 'local' | 'sync', items: Record<string, unknown>): Promise<void> {
  await extPage.evaluate(
    async (a, values) => {
      const api = ((globalThis as unknown as { browser?: ExtensionApi }).browser ??
        (globalThis as unknown as { chrome: ExtensionApi }).chrome) as ExtensionApi;
      await api.storage[a].set(values);
    },
    area,
    items,
  );
}

export async function getStorage(extPage: Page, area: 'local' | 'sync', key: string): Promise<unknown> {
  return extPage.evaluate(
    async (a, k) => {
      const api = ((globalThis as unknown as { browser?: ExtensionApi }).browser ??
        (globalThis as unknown as { chrome: ExtensionApi }).chrome) as ExtensionApi;
      return (await api.storage[a].get(k))[k];
    },
    area,
    key,
  );
}

/** The address of a tab matching `pattern` once one is open, asked of the browser from an extension page. */
export async function waitForTabAt(control: Page, pattern: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const url = await control.evaluate(async (p) => {
      const api = ((globalThis as unknown as { browser?: ExtensionApi }).browser ??
        (globalThis as unknown as { chrome: ExtensionApi }).chrome) as ExtensionApi;
      return (await api.tabs.query({ url: p }))[0]?.url;
    }, pattern);
    if (url) return url;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab opened at ${pattern}`);
}
