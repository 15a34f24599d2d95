/**
 * Where Scrutiny Lens runs without being asked: the domains of English councils
 * and NHS bodies, and the ModernGov hosting that many councils use for their
 * committee papers. Any other site is opt-in, per site, at run time.
 */
export const DEFAULT_SITE_PATTERNS = ['*://*.gov.uk/*', '*://*.nhs.uk/*', '*://*.moderngov.co.uk/*'] as const;

/** The registrable suffixes behind those patterns, for matching a hostname without a browser. */
export const DEFAULT_SITE_SUFFIXES = ['gov.uk', 'nhs.uk', 'moderngov.co.uk'] as const;

/** A host name as the site lists hold it: lower case, without the root's trailing dot. */
export function bareHost(hostname: string): string {
  return hostname.toLowerCase().replace(/\.$/, '');
}

/** Whether `hostname` is `suffix` or a host under it ("www.leedsth.nhs.uk" under "nhs.uk"). */
export function isHostUnder(hostname: string, suffix: string): boolean {
  const host = bareHost(hostname);
  return host === suffix || host.endsWith(`.${suffix}`);
}

export function isDefaultSite(hostname: string): boolean {
  return DEFAULT_SITE_SUFFIXES.some((suffix) => isHostUnder(hostname, suffix));
}

/** Where WXT puts the content script in both builds: what the manifest, registration and injection all name. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';
/** The lens, which the background injects into a frame when the gate (the content script above) asks. */
export const LENS_SCRIPT_FILE = '/content-scripts/lens.js';
/** The card's surface, which the lens has injected the first time a card opens (entrypoints/card). */
export const CARD_SCRIPT_FILE = '/card.js';
