/**
 * An address fit for href: http(s) only. Sources are checked when the glossary
 * is built, but a card can also show a user's own terms, and a `javascript:`
 * link must never reach the page.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** Every link out of a card opens in a new tab and tells the site nothing about where the reader came from. */
export const EXTERNAL_LINK = { target: '_blank', rel: 'noopener noreferrer' } as const;
