import type { Runtime } from 'webextension-polyfill';
import { LENS_SCRIPT_FILE } from '@/lib/sites/defaults';

/**
 * Injects the lens into the frame whose gate asked for it (entrypoints/content).
 * The gate runs only where the extension may read the page (a default site, a
 * site the user granted, or a tab under activeTab), and that same access lets
 * the background inject into it.
 */
export async function injectLens(sender: Runtime.MessageSender): Promise<{ ok: boolean }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.id !== browser.runtime.id) return { ok: false };
  try {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      files: [LENS_SCRIPT_FILE],
    });
    return { ok: true };
  } catch {
    // The frame has navigated or closed since it asked; its next page has its own gate.
    return { ok: false };
  }
}
