import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  ADD_SELECTION_MENU_ID,
  addSelectionToLetter,
  initLetter,
  WRITE_LETTER_MENU_ID,
} from '@/entrypoints/background/letter';
import { listQuestions } from '@/lib/letters/drafts';

beforeEach(() => fakeBrowser.reset());

const tab = { id: 4, index: 0, title: 'Leeds Health and Wellbeing Board', url: 'https://democracy.leeds.gov.uk/hwb' };

describe('“Add selection to my letter”', () => {
  it('adds the selected words as a question, with the page’s title and address', async () => {
    await addSelectionToLetter(
      { menuItemId: ADD_SELECTION_MENU_ID, selectionText: '  What   is the  deficit? ', pageUrl: tab.url } as never,
      tab as never,
    );
    expect(await listQuestions()).toEqual([
      expect.objectContaining({
        text: 'What is the deficit?',
        source: { pageTitle: 'Leeds Health and Wellbeing Board', pageUrl: 'https://democracy.leeds.gov.uk/hwb' },
      }),
    ]);
  });

  it('opens the letter builder so the words can be turned into a question', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await addSelectionToLetter(
      { menuItemId: ADD_SELECTION_MENU_ID, selectionText: 'deficit', pageUrl: tab.url } as never,
      tab as never,
    );
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/letter\.html$/) });
  });

  it('ignores an empty selection', async () => {
    await addSelectionToLetter({ menuItemId: ADD_SELECTION_MENU_ID, selectionText: '   ' } as never, tab as never);
    expect(await listQuestions()).toEqual([]);
  });
});

describe('initLetter', () => {
  it('creates both menu items on install', async () => {
    const create = vi.fn();
    const onClicked = { addListener: vi.fn() };
    Object.assign(fakeBrowser.contextMenus, { create, onClicked });
    initLetter();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(create.mock.calls.map(([item]) => [item.id, item.title])).toEqual([
      [ADD_SELECTION_MENU_ID, 'Add selection to my letter'],
      [WRITE_LETTER_MENU_ID, 'Write a letter'],
    ]);
  });
});
