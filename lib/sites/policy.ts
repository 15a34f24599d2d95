import type { Settings } from '../settings/schema';
import { isDefaultSite } from './defaults';
import { nationOf } from './devolved';

/** Normalises what a user types or a tab reports into a bare host name. */
export function hostOf(urlOrHost: string): string | undefined {
  const raw = urlOrHost.trim();
  if (!raw) return undefined;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `https://${raw}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.hostname.toLowerCase().replace(/\.$/, '') || undefined;
  } catch {
    return undefined;
  }
}

export type SiteState = 'default-on' | 'default-off' | 'added-on' | 'added-off' | 'not-added';

/**
 * Where a host stands: one of the default council and NHS sites, a site the user added, or neither. A
 * default site in Scotland, Wales or Northern Ireland (see devolved.ts) is off until the reader switches
 * it on, which lists it among the sites they added.
 */
export function siteState(host: string, settings: Settings): SiteState {
  const off = settings.sites.off.includes(host);
  if (isDefaultSite(host)) {
    const on = nationOf(host) ? settings.sites.added.includes(host) && !off : !off;
    return on ? 'default-on' : 'default-off';
  }
  if (settings.sites.added.includes(host)) return off ? 'added-off' : 'added-on';
  return 'not-added';
}

export function isMarkingOn(host: string, settings: Settings): boolean {
  const state = siteState(host, settings);
  return state === 'default-on' || state === 'added-on';
}

/** The settings with marking on `host` switched on or off; other sites are untouched. */
export function withSiteSwitched(settings: Settings, host: string, on: boolean): Settings {
  const off = settings.sites.off.filter((h) => h !== host);
  if (!on) off.push(host);
  const added =
    on && (!isDefaultSite(host) || nationOf(host)) && !settings.sites.added.includes(host)
      ? [...settings.sites.added, host]
      : settings.sites.added;
  return { ...settings, sites: { off, added } };
}

/** The origin patterns to request as an optional host permission for one added site. */
export function originsFor(host: string): string[] {
  return [`https://${host}/*`, `http://${host}/*`];
}
