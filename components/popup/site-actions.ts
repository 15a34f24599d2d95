import { browser } from 'wxt/browser';
import type { Settings } from '@/lib/settings/schema';
import { CONTENT_SCRIPT_FILE } from '@/lib/sites/defaults';
import { originsFor, withSiteSwitched } from '@/lib/sites/policy';
import { sendToTab } from './page-terms';

/**
 * Marks one page on a site outside the defaults, using the access the
 * activeTab permission gives while the popup is open; nothing is kept.
 */
export async function markPageOnce(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
  await sendToTab(tabId, { type: 'mark-once' });
}

/**
 * Asks for lasting access to one site. Call it first thing in a click
 * handler: browsers only show the prompt during the user's gesture.
 */
export function requestSiteAccess(host: string): Promise<boolean> {
  return browser.permissions.request({ origins: originsFor(host) });
}

export async function withdrawSiteAccess(host: string): Promise<void> {
  await browser.permissions.remove({ origins: originsFor(host) });
}

export function withSiteAdded(settings: Settings, host: string): Settings {
  return withSiteSwitched(settings, host, true);
}

/** The settings with an added site forgotten altogether, neither on nor paused. */
export function withSiteRemoved(settings: Settings, host: string): Settings {
  return {
    ...settings,
    sites: { off: settings.sites.off.filter((h) => h !== host), added: settings.sites.added.filter((h) => h !== host) },
  };
}
