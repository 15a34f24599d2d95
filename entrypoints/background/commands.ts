import { explainInTab, selectionIn } from './explain';

/**
 * Keyboard commands (rebindable in the browser's extension shortcuts page).
 * They reach the page through the content script's message entry point, which
 * is also how tests exercise them: a driver cannot press a browser command.
 */
export function initCommands(): void {
  browser.commands?.onCommand.addListener(async (command, tab) => {
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    if (command === 'next-term' || command === 'previous-term') {
      await browser.tabs
        .sendMessage(tabId, { type: command === 'next-term' ? 'next-mark' : 'previous-mark' }, { frameId: 0 })
        .catch(() => undefined);
    } else if (command === 'explain-selection') {
      await explainInTab(tabId, await selectionIn(tabId));
    }
  });
}
