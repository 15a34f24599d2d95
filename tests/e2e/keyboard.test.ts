import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchFor } from '../../lib/search/for-glossary';
import {
  BROWSER_KINDS,
  cardText,
  DYNAMIC_TAB,
  type ExtensionBrowser,
  extensionPage,
  type FixtureServer,
  focusedMarkText,
  focusInCard,
  launchWithExtension,
  openMarkedDynamicPage,
  readMarks,
  sendToTab,
  settles,
  startFixtureServer,
  waitForCard,
  waitForTabAt,
} from '../harness';
import { bundledGlossaryForTests } from '../harness/glossary';

// The keyboard's path through the marks: the next and previous commands, their focus ring and card, and
// "Explain this selection". A driver can press neither a browser command nor a context-menu item, so these
// send the message the background sends for them.

type FocusProbe = { focusWhenCardShowed?: { host: boolean; inDialog: boolean } };

/**
 * Notes where focus is at the first mutation that shows a term in the card.
 * Read then, not later: a key pressed a frame after the card appears must already land in it.
 */
function watchFocusWhenCardShows(page: Page): Promise<void> {
  return page.evaluate(() => {
    const probe = globalThis as unknown as FocusProbe;
    const watching = new WeakSet<Node>();
    const observer = new MutationObserver(check);
    function check(): void {
      const root = document.querySelector('scrutiny-lens-ui')?.shadowRoot;
      if (root && !watching.has(root)) {
        watching.add(root);
        observer.observe(root, { childList: true, subtree: true, characterData: true });
      }
      const dialog = root?.querySelector('[role="dialog"]');
      const text = dialog?.textContent ?? '';
      if (!text || text.includes('Looking this up')) return;
      observer.disconnect();
      probe.focusWhenCardShowed = {
        host: document.activeElement?.localName === 'scrutiny-lens-ui',
        inDialog: Boolean(root?.activeElement && dialog?.contains(root.activeElement)),
      };
    }
    observer.observe(document.body, { childList: true, subtree: true });
    check();
  });
}

async function focusWhenCardShowed(page: Page): Promise<FocusProbe['focusWhenCardShowed']> {
  const seen = await page.waitForFunction(() => (globalThis as unknown as FocusProbe).focusWhenCardShowed, {
    timeout: 5000,
  });
  return (await seen.jsonValue()) as FocusProbe['focusWhenCardShowed'];
}

/** Selects the first occurrence of `words` within one text node of the page, and returns the selection as the page reads it. */
function selectWords(page: Page, words: string): Promise<string> {
  return page.evaluate((words) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(words);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + words.length);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      break;
    }
    return String(getSelection());
  }, words);
}

describe.each(BROWSER_KINDS)('the keyboard on the page, in %s', (kind) => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let control: Page;

  beforeAll(async () => {
    server = await startFixtureServer();
    ext = await launchWithExtension(kind, { port: server.port });
    control = await extensionPage(ext);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  const openMarked = (viewport?: { width: number; height: number }) => openMarkedDynamicPage(ext, server, viewport);

  it('moves to the next mark from the keyboard command, opens its card with focus inside, and Escape returns focus', async () => {
    // A driver cannot press a browser command, so this sends the command's message, as the background does.
    const page = await openMarked();
    await page.bringToFront();
    await watchFocusWhenCardShows(page);
    expect(await sendToTab(control, DYNAMIC_TAB, { type: 'next-mark' })).toEqual({ ok: true });
    expect(await waitForCard(page)).toContain('Better Care Fund');
    expect(await focusWhenCardShowed(page)).toEqual({ host: true, inDialog: true });
    const focused = await page.evaluate(
      () => (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.get('scrutiny-lens-focus')?.size,
    );
    expect(focused).toBe(1);
    await page.keyboard.press('Escape');
    expect(await cardText(page)).toBe('');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('body');
    await page.close();
  });
  it('moves forward and back through the marks in page order with the next and previous commands', async () => {
    const page = await openMarked();
    await page.bringToFront();
    const pattern = DYNAMIC_TAB;
    const visited: string[] = [];
    for (const type of ['next-mark', 'next-mark', 'next-mark', 'previous-mark', 'previous-mark']) {
      expect(await sendToTab(control, pattern, { type })).toEqual({ ok: true });
      await waitForCard(page);
      visited.push(await focusedMarkText(page));
    }
    expect(visited).toEqual([
      'Better Care Fund',
      'control total',
      'Clinical Commissioning Groups',
      'control total',
      'Better Care Fund',
    ]);
    await page.close();
  });

  it('passes over marks the reader cannot see, in a folded panel, a closed <details> or text for screen readers only, and stops at them once shown', async () => {
    const page = await openMarked();
    await page.bringToFront();
    const pattern = DYNAMIC_TAB;
    // An accordion folded by the page's stylesheet, and a closed <details>: their text is read and marked,
    // so their marks are there when they open, but the keyboard has nothing to show there yet.
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent =
        '.folded { display: none } .visually-hidden { position: absolute !important; width: 1px !important; ' +
        'height: 1px !important; margin: 0 !important; overflow: hidden !important; clip: rect(0 0 0 0) !important; ' +
        'clip-path: inset(50%) !important; white-space: nowrap !important; }';
      document.head.append(style);
      const panel = document.createElement('div');
      panel.className = 'folded';
      panel.append(Object.assign(document.createElement('p'), { textContent: 'Notes on the integrated care board.' }));
      const details = document.createElement('details');
      details.append(
        Object.assign(document.createElement('summary'), { textContent: 'Earlier minutes' }),
        Object.assign(document.createElement('p'), { textContent: 'The Joint Forward Plan was noted.' }),
      );
      // Words for screen readers only, as GOV.UK-style links carry ("Read more about the section 75 agreement").
      const more = Object.assign(document.createElement('p'), { textContent: 'Read more' });
      more.append(
        Object.assign(document.createElement('span'), {
          className: 'visually-hidden',
          textContent: ' about the section 75 agreement',
        }),
      );
      document.getElementById('first')?.after(panel, details, more);
    });
    const marked = async () => (await readMarks(page)).map((m) => m.text).sort();
    const all = [
      'Better Care Fund',
      'Clinical Commissioning Groups',
      'Joint Forward Plan',
      'control total',
      'integrated care board',
      'section 75 agreement',
    ];
    expect(await settles(marked, all, 3000)).toEqual(all);
    const scrolledTo = await page.evaluate(() => window.scrollY);
    const visit = async (type: string) => {
      expect(await sendToTab(control, pattern, { type })).toEqual({ ok: true });
      await waitForCard(page);
      return focusedMarkText(page);
    };
    expect(await visit('next-mark')).toBe('Better Care Fund');
    expect(await visit('next-mark')).toBe('control total');
    expect(await visit('previous-mark')).toBe('Better Care Fund');
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolledTo);
    // Asked from the popup to show a term that is only in folded text, the page says so rather than moving.
    for (const termId of ['integrated-care-board', 'joint-forward-plan']) {
      expect(await sendToTab(control, pattern, { type: 'reveal-term', termId })).toEqual({ ok: false, hidden: true });
    }
    expect(await focusedMarkText(page)).toBe('Better Care Fund');
    // From "Better Care Fund", with the panel unfolded and the <details> opened, the next steps stop in them.
    await page.evaluate(() => {
      (document.querySelector('.folded') as HTMLElement).className = '';
      (document.querySelector('details') as HTMLDetailsElement).open = true;
    });
    expect(await visit('next-mark')).toBe('integrated care board');
    expect(await visit('next-mark')).toBe('Joint Forward Plan');
    await page.close();
  });

  it('keeps the keyboard’s place when the page changes the paragraph its mark is in', async () => {
    const page = await openMarked();
    await page.bringToFront();
    const pattern = DYNAMIC_TAB;
    for (let i = 0; i < 2; i++) {
      expect(await sendToTab(control, pattern, { type: 'next-mark' })).toEqual({ ok: true });
      await waitForCard(page);
    }
    expect(await focusedMarkText(page)).toBe('control total');
    // A page's own update beside the term, as a "last updated" stamp or a live count would make.
    await page.evaluate(() => {
      const stamp = document.createElement('span');
      stamp.textContent = ' (updated 09:01)';
      document.getElementById('split')?.append(stamp);
    });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 200))));
    expect(await focusedMarkText(page)).toBe('control total');
    expect(await sendToTab(control, pattern, { type: 'next-mark' })).toEqual({ ok: true });
    await waitForCard(page);
    expect(await focusedMarkText(page)).toBe('Clinical Commissioning Groups');
    await page.close();
  });

  describe('"Explain this selection"', () => {
    // A driver can neither open a context menu nor press a browser command. The background's part, the
    // typo-tolerant look-up of the selected words, runs here as the background runs it, and its message
    // goes to the tab as the background sends it.
    const search = searchFor(bundledGlossaryForTests());
    const explain = async (words: string) =>
      sendToTab(control, DYNAMIC_TAB, {
        type: 'explain-selection',
        text: words,
        termId: search.bestMatch(words)?.term.id,
      });

    it('opens the card of the glossary term the selected words name, with focus inside', async () => {
      const page = await openMarked();
      await page.bringToFront();
      const words = await page.evaluate(() => {
        const strong = document.querySelector('#split strong') as HTMLElement;
        const text = strong.previousSibling as Text;
        const range = document.createRange();
        range.setStart(text, text.data.indexOf('Clinical'));
        range.setEnd(strong.firstChild as Text, 'Groups'.length);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
        return String(getSelection());
      });
      expect(words).toBe('Clinical Commissioning Groups');
      expect(await explain(words)).toEqual({ ok: true });
      expect(await waitForCard(page)).toContain('Clinical Commissioning Group');
      expect(await focusInCard(page)).toBe(true);
      await page.close();
    });

    it('says when the selected words are not in the glossary, and offers to search it for them', async () => {
      const page = await openMarked();
      await page.bringToFront();
      const words = await selectWords(page, 'carbon footprint');
      expect(search.bestMatch(words)).toBeUndefined();
      expect(await explain(words)).toEqual({ ok: true });
      const card = await waitForCard(page);
      expect(card).toContain('Not in the glossary');
      expect(card).toContain('“carbon footprint”');
      expect(await focusInCard(page)).toBe(true);
      await page.evaluate(() => {
        const root = document.querySelector('scrutiny-lens-ui')?.shadowRoot;
        const button = [...(root?.querySelectorAll('button') ?? [])].find(
          (b) => b.textContent === 'Search the glossary',
        );
        button?.click();
      });
      const glossary = await waitForTabAt(control, `${ext.extensionBase}glossary.html*`);
      expect(new URL(glossary).searchParams.get('q')).toBe('carbon footprint');
      await page.close();
    });
  });
});
