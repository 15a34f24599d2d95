import { withoutAddedSite } from '@/lib/settings/added-sites';
import { loadSettings, saveSettings, watchSettings } from '@/lib/settings/store';
import { CONTENT_SCRIPT_FILE } from '@/lib/sites/defaults';
import { hostsOfOrigins } from '@/lib/sites/granted';
import { originsFor, withSiteSwitched } from '@/lib/sites/policy';

/**
 * Sites the user added ("Always on this site") get the content script through
 * a registered content script covering exactly the hosts whose permission is
 * granted. Granting or revoking a permission anywhere (the popup, the options
 * page, the browser's own extension settings) keeps the settings in step, even
 * when the permission prompt closed the popup before it could save.
 */
const SCRIPT_ID = 'scrutiny-lens-added-sites';

export async function grantedAddedHosts(): Promise<string[]> {
  const [settings, permissions] = await Promise.all([loadSettings(), browser.permissions.getAll()]);
  const granted = new Set(hostsOfOrigins(permissions.origins ?? []));
  return settings.sites.added.filter((h) => granted.has(h));
}

export async function syncAddedSiteScripts(): Promise<void> {
  const hosts = await grantedAddedHosts();
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] }).catch(() => []);
  if (registered.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (!hosts.length) return;
  await browser.scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      matches: hosts.flatMap(originsFor),
      // Registered scripts name their files from the extension's root, without the leading slash.
      js: [CONTENT_SCRIPT_FILE.slice(1)],
      runAt: 'document_idle',
      allFrames: true,
    },
  ]);
}

export function initAddedSites(): void {
  let queue = Promise.resolve();
  const sync = () => {
    queue = queue.then(syncAddedSiteScripts).catch(() => undefined);
  };
  browser.permissions.onAdded.addListener(async ({ origins = [] }) => {
    const hosts = hostsOfOrigins(origins);
    if (!hosts.length) return;
    let settings = await loadSettings();
    for (const host of hosts)
      if (!settings.sites.added.includes(host)) settings = withSiteSwitched(settings, host, true);
    await saveSettings(settings);
    sync();
  });
  browser.permissions.onRemoved.addListener(async ({ origins = [] }) => {
    const hosts = hostsOfOrigins(origins);
    if (!hosts.length) return;
    let settings = await loadSettings();
    for (const host of hosts) settings = withoutAddedSite(settings, host);
    await saveSettings(settings);
    sync();
  });
  watchSettings(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
}
