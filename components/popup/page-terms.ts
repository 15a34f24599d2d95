import { browser } from 'wxt/browser';
import type { ContentRequest, PageTermsReply } from '@/lib/messages';

/** A content script that has not answered by now is not going to: the popup says so rather than wait. */
const REPLY_TIMEOUT_MS = 2500;

function isPageTermsReply(value: unknown): value is PageTermsReply {
  if (typeof value !== 'object' || value === null) return false;
  const reply = value as Partial<PageTermsReply>;
  return (
    typeof reply.url === 'string' &&
    typeof reply.on === 'boolean' &&
    Array.isArray(reply.terms) &&
    reply.terms.every((t) => typeof t?.termId === 'string' && typeof t.count === 'number')
  );
}

export function sendToTab(tabId: number, request: ContentRequest): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, request);
}

/**
 * What the tab's content script found on its page, or undefined when the tab
 * has none: a browser page, a site Scrutiny Lens does not run on, or a page
 * loaded before the extension was installed.
 */
export async function askPageTerms(tabId: number): Promise<PageTermsReply | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), REPLY_TIMEOUT_MS);
  });
  try {
    const reply = await Promise.race([sendToTab(tabId, { type: 'get-page-terms' }), timeout]);
    return isPageTermsReply(reply) ? reply : undefined;
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
