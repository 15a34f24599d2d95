import { bestMatch } from '@/lib/search';

/**
 * "Explain this selection", from the context menu or its keyboard shortcut:
 * look the selected words up with the typo-tolerant search and ask the tab to
 * show the card (or say the words are not in the glossary).
 */
export const EXPLAIN_MENU_ID = 'scrutiny-lens-explain';

export async function explainInTab(tabId: number, text: string, frameId?: number): Promise<void> {
  const words = text.trim().slice(0, 300);
  if (!words) return;
  const found = bestMatch(words);
  await browser.tabs
    .sendMessage(
      tabId,
      { type: 'explain-selection', text: words, termId: found?.term.id },
      frameId === undefined ? undefined : { frameId },
    )
    .catch(() => undefined);
}

/** The selection in the tab's page, for the keyboard shortcut (the context menu hands it over itself). */
export async function selectionIn(tabId: number): Promise<string> {
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      func: () => String(getSelection() ?? ''),
    });
    return typeof result?.result === 'string' ? result.result : '';
  } catch {
    return '';
  }
}

export function initExplain(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: EXPLAIN_MENU_ID,
      title: 'Explain “%s” with Scrutiny Lens',
      contexts: ['selection'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== EXPLAIN_MENU_ID || tab?.id === undefined) return;
    void explainInTab(tab.id, info.selectionText ?? '', info.frameId);
  });
}
