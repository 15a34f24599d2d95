import { originsFor } from '@/lib/sites/policy';

/**
 * Asks for host access to one site. Call it straight from a click or submit
 * handler, before any await: browsers grant the request only inside the gesture.
 */
export function requestSiteAccess(host: string): Promise<boolean> {
  return browser.permissions.request({ origins: originsFor(host) });
}
