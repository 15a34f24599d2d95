import { isEnglishDefaultSite } from '../sites/devolved';
import { hostOf, siteState } from '../sites/policy';
import type { Settings } from './schema';

/** What typing a host into "Add a site" means, decided before any permission is asked for. */
export type SiteRequest =
  | { kind: 'needs-access'; host: string }
  | { kind: 'switch-default-on'; host: string }
  | { kind: 'refused'; message: string };

export function siteRequest(typed: string, settings: Settings): SiteRequest {
  const host = hostOf(typed);
  if (!host || !/^[a-z0-9.-]+$/.test(host) || !host.includes('.')) {
    return {
      kind: 'refused',
      message: 'Type a host name such as www.healthwatchleeds.co.uk, or paste a page’s address',
    };
  }
  const state = siteState(host, settings);
  if (state === 'default-on')
    return { kind: 'refused', message: `${host} is a council or NHS site: Scrutiny Lens already works there` };
  if (state === 'default-off') return { kind: 'switch-default-on', host };
  if (state === 'added-on') return { kind: 'refused', message: `${host} is already in your sites` };
  return { kind: 'needs-access', host };
}

/** What typing a host into "Switch off a council or NHS site" means. */
export type SwitchOffRequest = { kind: 'switch-off'; host: string } | { kind: 'refused'; message: string };

export function switchOffRequest(typed: string, settings: Settings): SwitchOffRequest {
  const host = hostOf(typed);
  if (!host || !/^[a-z0-9.-]+$/.test(host) || !host.includes('.')) {
    return { kind: 'refused', message: 'Type a host name such as democracy.leeds.gov.uk, or paste a page’s address' };
  }
  const state = siteState(host, settings);
  if (state === 'default-off') return { kind: 'refused', message: `${host} is already switched off` };
  if (state !== 'default-on') {
    return {
      kind: 'refused',
      message: `${host} is not a council or NHS site; a site you added can be paused in its list`,
    };
  }
  return { kind: 'switch-off', host };
}

/** The settings without an added site, neither listed nor remembered as switched off. */
export function withoutAddedSite(settings: Settings, host: string): Settings {
  return {
    ...settings,
    sites: { off: settings.sites.off.filter((h) => h !== host), added: settings.sites.added.filter((h) => h !== host) },
  };
}

/**
 * Default sites the user switched off: the ones the Sites list offers to switch back on. A site of
 * Scotland, Wales or Northern Ireland the user switched on and then off again is not among them: it is
 * listed, paused, among the sites they added.
 */
export function switchedOffDefaults(settings: Settings): string[] {
  return settings.sites.off.filter(isEnglishDefaultSite);
}
