import type { Runtime } from 'webextension-polyfill';
import { CARD_SCRIPT_FILE, LENS_SCRIPT_FILE } from '@/lib/sites/defaults';

/**
 * Injects the lens into the frame whose gate asked for it (entrypoints/content),
 * or the card's surface into the frame whose lens asked for it. The gate runs
 * only where the extension may read the page (a default site, a site the user
 * granted, or a tab under activeTab), and that same access lets the background
 * inject into it.
 */
export function injectLens(sender: Runtime.MessageSender): Promise<{ ok: boolean }> {
  return injectInto(sender, LENS_SCRIPT_FILE);
}

export function injectCard(sender: Runtime.MessageSender): Promise<{ ok: boolean }> {
  return injectInto(sender, CARD_SCRIPT_FILE);
}

async function injectInto(
  sender: Runtime.MessageSender,
  file: typeof LENS_SCRIPT_FILE | typeof CARD_SCRIPT_FILE,
): Promise<{ ok: boolean }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.id !== browser.runtime.id) return { ok: false };
  try {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      files: [file],
    });
    return { ok: true };
  } catch {
    // The frame has navigated or closed since it asked; its next page has its own gate.
    return { ok: false };
  }
}
