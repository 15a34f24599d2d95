import { addQuestion } from '@/lib/letters/drafts';

/**
 * The letter's context-menu items: put the selected words into the questions
 * basket (with the page they came from), or open the letter builder.
 */
type MenuClick = Parameters<typeof browser.contextMenus.onClicked.addListener>[0];
type ClickInfo = Parameters<MenuClick>[0];
type ClickTab = Parameters<MenuClick>[1];

export const ADD_SELECTION_MENU_ID = 'scrutiny-lens-add-to-letter';
export const WRITE_LETTER_MENU_ID = 'scrutiny-lens-write-letter';

/** Long enough for a question, short enough that a whole page selected by accident is not kept. */
const SELECTION_MAX = 1000;

export function openLetterPage(search = ''): Promise<unknown> {
  return browser.tabs.create({ url: browser.runtime.getURL(`/letter.html${search}`) });
}

/**
 * Adds the selection as a question, then opens the builder: selected text is
 * rarely worded as a question yet, and the builder is where it can be reworded.
 */
export async function addSelectionToLetter(info: ClickInfo, tab?: ClickTab): Promise<void> {
  const text = (info.selectionText ?? '').replace(/\s+/g, ' ').trim().slice(0, SELECTION_MAX);
  if (!text) return;
  await addQuestion({
    text,
    pageTitle: tab?.title ?? '',
    // A frame's selection belongs to the frame's page, not the tab's.
    pageUrl: info.frameUrl ?? info.pageUrl ?? tab?.url ?? '',
  });
  await openLetterPage();
}

export function initLetter(): void {
  // Chrome keeps menu items across restarts and refuses a second item with the same id, so they are made once per install or update.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: ADD_SELECTION_MENU_ID,
      title: 'Add selection to my letter',
      contexts: ['selection'],
    });
    browser.contextMenus.create({
      id: WRITE_LETTER_MENU_ID,
      title: 'Write a letter',
      contexts: ['page', 'selection', 'action'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === ADD_SELECTION_MENU_ID) void addSelectionToLetter(info, tab);
    else if (info.menuItemId === WRITE_LETTER_MENU_ID) void openLetterPage();
  });
}
