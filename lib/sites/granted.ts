import { isDefaultSite } from './defaults';

/**
 * The hosts a set of granted origin patterns covers one by one, as the
 * permissions API reports them ("https://www.healthwatchleeds.co.uk/*").
 * Wildcard and default-site patterns are left out: those are not sites the
 * user added.
 */
export function hostsOfOrigins(origins: readonly string[]): string[] {
  const hosts = new Set<string>();
  for (const origin of origins) {
    const m = /^(?:https?|\*):\/\/([^/*]+)\/\*?$/.exec(origin.trim());
    if (!m) continue;
    const host = m[1].toLowerCase();
    if (!isDefaultSite(host)) hosts.add(host);
  }
  return [...hosts];
}
