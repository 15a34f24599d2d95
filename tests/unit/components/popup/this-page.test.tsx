// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pagesLabel } from '../../../../components/popup/OnThisPage';
import { Popup } from '../../../../components/popup/Popup';
import type { PageTermsReply } from '../../../../lib/messages';
import { DEFAULT_SETTINGS } from '../../../../lib/settings/schema';
import { loadSettings, saveSettings } from '../../../../lib/settings/store';
import { glossary } from '../card/fixtures';

const LEEDS = 'https://democracy.leeds.gov.uk/ieListDocuments.aspx?CId=1';

const reply: PageTermsReply = {
  url: LEEDS,
  title: 'Health scrutiny board',
  on: true,
  terms: [
    { termId: 'clinical-commissioning-group', count: 3 },
    { termId: 'integrated-care-board', count: 1 },
  ],
};

/** A tab at `url` whose content script answers with `answer`, or has none when `answer` is undefined. */
async function tabAt(url: string, answer?: PageTermsReply) {
  const tab = await fakeBrowser.tabs.create({ url, active: true });
  const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (
    _tabId: number,
    message: { type: string },
  ) => {
    if (!answer) throw new Error('Could not establish connection. Receiving end does not exist.');
    return message.type === 'get-page-terms' ? answer : { ok: true };
  }) as never);
  return { tabId: tab.id as number, sendMessage };
}

const close = vi.fn();

function renderPopup(tabId?: number) {
  return render(<Popup glossary={glossary} tabOverride={tabId} close={close} />);
}

beforeEach(() => {
  fakeBrowser.reset();
  close.mockReset();
});
afterEach(cleanup);

describe('"On this page"', () => {
  it('lists the terms the content script found, in page order, with how often each appears', async () => {
    const { tabId } = await tabAt(LEEDS, reply);
    renderPopup(tabId);
    const first = await screen.findByRole('button', { name: 'Clinical Commissioning Group 3 mentions' });
    const second = screen.getByRole('button', { name: 'Integrated Care Board 1 mention' });
    expect(first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('asks the tab named by ?tab= rather than the active tab', async () => {
    const { tabId, sendMessage } = await tabAt(LEEDS, reply);
    await fakeBrowser.tabs.create({ url: 'https://www.example.org/', active: true });
    renderPopup(tabId);
    await screen.findByRole('button', { name: /Clinical Commissioning Group/ });
    expect(sendMessage).toHaveBeenCalledWith(tabId, { type: 'get-page-terms' });
  });

  it('reveals a chosen term on the page and closes the popup', async () => {
    const { tabId, sendMessage } = await tabAt(LEEDS, reply);
    renderPopup(tabId);
    fireEvent.click(await screen.findByRole('button', { name: /Integrated Care Board 1 mention/ }));
    await waitFor(() => expect(close).toHaveBeenCalled());
    expect(sendMessage).toHaveBeenCalledWith(tabId, { type: 'reveal-term', termId: 'integrated-care-board' });
  });

  it('stays open and says why when every mention of the chosen term is folded away on the page', async () => {
    const { tabId, sendMessage } = await tabAt(LEEDS, reply);
    // The lens answers "no" when it has no mark of the term that the reader can see.
    sendMessage.mockImplementation((async (_tabId: number, message: { type: string }) =>
      message.type === 'get-page-terms' ? reply : { ok: false, hidden: true }) as never);
    renderPopup(tabId);
    const saying = 'Integrated Care Board is only in parts of the page that are folded away or hidden.';
    const statusLines = async () => (await screen.findAllByRole('status')).map((s) => s.textContent);
    // The status line is there, empty, before anything is said in it: a screen reader announces changes to it.
    expect((await statusLines()).some((t) => t === '')).toBe(true);
    fireEvent.click(await screen.findByRole('button', { name: /Integrated Care Board 1 mention/ }));
    await waitFor(async () => expect((await statusLines()).some((t) => t?.startsWith(saying))).toBe(true));
    expect(close).not.toHaveBeenCalled();
  });

  it('closes as before when the page cannot show the term for another reason', async () => {
    const { tabId, sendMessage } = await tabAt(LEEDS, reply);
    sendMessage.mockImplementation((async (_tabId: number, message: { type: string }) =>
      message.type === 'get-page-terms' ? reply : { ok: false }) as never);
    renderPopup(tabId);
    fireEvent.click(await screen.findByRole('button', { name: /Integrated Care Board 1 mention/ }));
    await waitFor(() => expect(close).toHaveBeenCalled());
  });

  it('suggests a reload on a council page the content script has not read', async () => {
    const { tabId } = await tabAt(LEEDS);
    renderPopup(tabId);
    expect(await screen.findByText(/has not read this page yet. Reload the page/)).toBeTruthy();
  });

  it('points to council and NHS pages from a browser page', async () => {
    const { tabId } = await tabAt('chrome://newtab/');
    renderPopup(tabId);
    expect(await screen.findByText('Open a council or NHS web page to see the terms on it.')).toBeTruthy();
    expect(screen.queryByRole('switch')).toBeNull();
  });

  it('says when the page has none of the glossary terms', async () => {
    const { tabId } = await tabAt(LEEDS, { ...reply, terms: [] });
    renderPopup(tabId);
    expect(await screen.findByText('No glossary terms on this page.')).toBeTruthy();
  });
});

describe('the site switch', () => {
  it('is on for a council site by default, and switching it off is saved', async () => {
    const { tabId } = await tabAt(LEEDS, reply);
    renderPopup(tabId);
    const on = await screen.findByRole('switch', { name: 'On for democracy.leeds.gov.uk' });
    expect(on.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(on);
    await waitFor(async () => expect((await loadSettings()).sites.off).toEqual(['democracy.leeds.gov.uk']));
    await waitFor(() => expect(screen.getByRole('switch').getAttribute('aria-checked')).toBe('false'));
  });

  it('offers to mark a page once on a site outside the defaults, injecting the content script', async () => {
    const { tabId, sendMessage } = await tabAt('https://www.example.org/papers');
    const executeScript = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    renderPopup(tabId);
    fireEvent.click(await screen.findByRole('button', { name: 'Mark this page once' }));
    await waitFor(() => expect(sendMessage).toHaveBeenCalledWith(tabId, { type: 'mark-once' }));
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId }, files: ['/content-scripts/content.js'] });
  });

  it('asks for access before turning a site on for good', async () => {
    const { tabId } = await tabAt('https://www.example.org/papers');
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    renderPopup(tabId);
    fireEvent.click(await screen.findByRole('button', { name: 'Always on this site' }));
    expect(request).toHaveBeenCalledWith({ origins: ['https://www.example.org/*', 'http://www.example.org/*'] });
    await waitFor(async () => expect((await loadSettings()).sites.added).toEqual(['www.example.org']));
  });

  it('leaves the settings alone when access is refused', async () => {
    const { tabId } = await tabAt('https://www.example.org/papers');
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false as never);
    renderPopup(tabId);
    fireEvent.click(await screen.findByRole('button', { name: 'Always on this site' }));
    expect(await screen.findByText('Scrutiny Lens was not given access to www.example.org.')).toBeTruthy();
    expect((await loadSettings()).sites.added).toEqual([]);
  });

  it('removes an added site and gives its access back', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, sites: { off: [], added: ['www.example.org'] } });
    const { tabId } = await tabAt('https://www.example.org/papers', {
      ...reply,
      url: 'https://www.example.org/papers',
    });
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true as never);
    renderPopup(tabId);
    expect((await screen.findByRole('switch', { name: 'On for www.example.org' })).getAttribute('aria-checked')).toBe(
      'true',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove this site' }));
    await waitFor(async () => expect((await loadSettings()).sites.added).toEqual([]));
    expect(remove).toHaveBeenCalledWith({ origins: ['https://www.example.org/*', 'http://www.example.org/*'] });
  });
});

describe('the site switch on a council site in Scotland', () => {
  const STIRLING = 'https://www.stirling.gov.uk/planning-and-building/';

  it('is off, says why, and switching it on is saved with no permission asked', async () => {
    const { tabId } = await tabAt(STIRLING, { ...reply, url: STIRLING, on: false, terms: [] });
    const request = vi.spyOn(fakeBrowser.permissions, 'request');
    renderPopup(tabId);
    const off = await screen.findByRole('switch', { name: 'On for www.stirling.gov.uk' });
    expect(off.getAttribute('aria-checked')).toBe('false');
    expect(
      screen.getByText(/www\.stirling\.gov\.uk is a site in Scotland\. Scrutiny Lens explains the NHS in England/),
    ).toBeTruthy();
    fireEvent.click(off);
    await waitFor(async () => expect((await loadSettings()).sites.added).toEqual(['www.stirling.gov.uk']));
    await waitFor(() => expect(screen.getByRole('switch').getAttribute('aria-checked')).toBe('true'));
    expect(request).not.toHaveBeenCalled();
  });
});

describe('"Write a letter"', () => {
  it('says how many questions are gathered', async () => {
    const entry = (id: string) => ({
      id,
      text: `Question ${id}?`,
      source: { pageTitle: 'p', pageUrl: '' },
      addedAt: 1,
    });
    await fakeBrowser.storage.local.set({ questionBasket: [entry('a'), entry('b')] });
    renderPopup();
    expect(await screen.findByText('2 questions gathered')).toBeTruthy();
  });

  it('treats a damaged basket as empty', async () => {
    await fakeBrowser.storage.local.set({ questionBasket: 'nonsense' });
    renderPopup();
    expect(await screen.findByText('No questions gathered yet')).toBeTruthy();
  });

  it('opens the letter builder in a new tab', async () => {
    vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation((path: string) => `chrome-extension://lens${path}`);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Write a letter' }));
    await waitFor(() => expect(create).toHaveBeenCalledWith({ url: 'chrome-extension://lens/letter.html' }));
    await waitFor(() => expect(close).toHaveBeenCalled());
  });
});

describe('"On this page" for a PDF', () => {
  const PDF = 'https://democracy.leeds.gov.uk/documents/s1234/Board%20pack.pdf';

  it('offers to open a PDF shown by the browser in Scrutiny Lens’s viewer', async () => {
    const { tabId } = await tabAt(PDF);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    renderPopup(tabId);
    fireEvent.click(await screen.findByRole('button', { name: 'Open in Scrutiny Lens' }));
    await waitFor(() => expect(create).toHaveBeenCalled());
    const opened = new URL(String(create.mock.calls.at(-1)?.[0].url));
    expect(opened.pathname).toBe('/viewer.html');
    expect(opened.searchParams.get('src')).toBe(PDF);
  });

  it('does not offer it on an ordinary web page', async () => {
    const { tabId } = await tabAt(LEEDS, reply);
    renderPopup(tabId);
    await screen.findByRole('button', { name: /Clinical Commissioning Group/ });
    expect(screen.queryByRole('button', { name: 'Open in Scrutiny Lens' })).toBeNull();
  });

  it('lists the pages each term is on, as the viewer reports them', async () => {
    const fromViewer: PageTermsReply = {
      ...reply,
      terms: [
        { termId: 'clinical-commissioning-group', count: 3, pages: [9, 2, 2, 5] },
        { termId: 'integrated-care-board', count: 1, pages: [4] },
      ],
    };
    const { tabId } = await tabAt(LEEDS, fromViewer);
    renderPopup(tabId);
    expect(await screen.findByRole('button', { name: /Clinical Commissioning Group pages 2, 5, 9/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Integrated Care Board page 4/ })).toBeTruthy();
  });
});

describe('pagesLabel', () => {
  it('shortens a long list of pages', () => {
    expect(pagesLabel([1, 2, 3, 4, 5, 6, 7, 8])).toBe('pages 1, 2, 3, 4, 5, 6 and 2 more');
  });
});
