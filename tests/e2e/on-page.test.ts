import { isDeepStrictEqual } from 'node:util';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageTermsReply } from '../../lib/messages';
import { searchFor } from '../../lib/search/for-glossary';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import {
  BROWSER_KINDS,
  badgeText,
  cardText,
  type ExtensionBrowser,
  extensionPage,
  type FixtureServer,
  launchWithExtension,
  readMarks,
  sendToTab,
  setStorage,
  startFixtureServer,
  waitForCard,
  waitForMarks,
  waitForTabAt,
} from '../harness';
import { bundledGlossaryForTests } from '../harness/glossary';

const HOST = 'democracy.leeds.gov.uk';
const texts = (marks: Array<{ text: string }>) => marks.map((m) => m.text.replace(/\s+/g, ' '));

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

/** The default settings with every mark shown, and marking switched off on the hosts in `off`. */
const settings = (off: string[]) => ({
  ...DEFAULT_SETTINGS,
  sites: { off, added: [] },
  marks: { ...DEFAULT_SETTINGS.marks, density: 'every' },
});

type Box = { left: number; top: number; right: number; bottom: number };
type Clip = { x: number; y: number; width: number; height: number };

/** The box of the first occurrence of `words` in the element `#id`, in window co-ordinates. */
function wordsBox(page: Page, id: string, words: string): Promise<Box> {
  return page.evaluate(
    (id, words) => {
      const text = document.getElementById(id)?.firstChild as Text;
      const range = document.createRange();
      const at = text.data.indexOf(words);
      range.setStart(text, at);
      range.setEnd(text, at + words.length);
      const { left, top, right, bottom } = range.getBoundingClientRect();
      return { left, top, right, bottom };
    },
    id,
    words,
  );
}

/** The box around the first occurrence of `words` in the element `#id`, widened to take in an underline. */
async function clipAround(page: Page, id: string, words: string): Promise<Clip> {
  const box = await wordsBox(page, id, words);
  return {
    x: Math.floor(box.left),
    y: Math.floor(box.top),
    width: Math.ceil(box.right - box.left),
    height: Math.ceil(box.bottom - box.top) + 4,
  };
}

/** The pixels in `clip`, once the page has rendered a frame since the last change. */
async function pixels(page: Page, clip: Clip): Promise<string> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return page.screenshot({ clip, encoding: 'base64' });
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

/** Whether keyboard focus is inside the open card. */
function focusInCard(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const root = document.querySelector('scrutiny-lens-ui')?.shadowRoot;
    const dialog = root?.querySelector('[role="dialog"]');
    return Boolean(root?.activeElement && dialog?.contains(root.activeElement));
  });
}

/** Rests the pointer on the middle of `words` in `#id` until the card opens, and returns the words' box. */
async function hoverUntilCard(page: Page, id: string, words: string): Promise<Box> {
  const box = await wordsBox(page, id, words);
  await page.mouse.move((box.left + box.right) / 2, (box.top + box.bottom) / 2);
  await waitForCard(page);
  return box;
}

/** The open card's box in window co-ordinates, or null when no card is open. */
function cardBox(page: Page): Promise<Box | null> {
  return page.evaluate(() => {
    const dialog = document.querySelector('scrutiny-lens-ui')?.shadowRoot?.querySelector('[role="dialog"]');
    if (!dialog) return null;
    const r = dialog.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });
}

/** The words under the focus ring (the mark the keyboard is on), white space squeezed; empty when there is none. */
function focusedMarkText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const ranges = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get(
      'scrutiny-lens-focus',
    );
    const [r] = ranges ?? [];
    if (!r) return '';
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range.toString().replace(/\s+/g, ' ');
  });
}

/**
 * Reads `probe` until it gives `expected` or `timeout` passes, and returns what it read last: the caller's
 * `expect` then shows how a value that never settled differs.
 */
async function settles<T>(probe: () => Promise<T>, expected: T, timeout: number): Promise<T> {
  const deadline = Date.now() + timeout;
  let value = await probe();
  while (!isDeepStrictEqual(value, expected) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    value = await probe();
  }
  return value;
}

describe.each(BROWSER_KINDS)('on the page, in %s', (kind) => {
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

  /** A new tab on `dynamic.html`, once its three terms are marked. */
  async function openMarked(viewport?: { width: number; height: number }): Promise<Page> {
    const page = await ext.browser.newPage();
    if (viewport) await page.setViewport(viewport);
    await page.goto(server.url(HOST, '/fixtures/dynamic.html'));
    await waitForMarks(page, { min: 3 });
    return page;
  }

  it('marks the terms of NHS planning guidance', async () => {
    const page = await ext.browser.newPage();
    await page.goto(server.url('www.england.nhs.uk', '/corpus/nhse_planning_framework_2025.md'));
    const found = texts(await waitForMarks(page, { min: 10 }));
    expect(found).toEqual(expect.arrayContaining(['ICBs', 'Better Care Fund']));
    await page.close();
  });

  it('marks nothing on the Harborough page, whose only "ccg" and "icb" are inside form state', async () => {
    const page = await ext.browser.newPage();
    await page.goto(server.url('cmis.harborough.gov.uk', '/corpus/cmis_search_harborough_council_page1.html'));
    await new Promise((r) => setTimeout(r, 2000));
    expect(await readMarks(page)).toEqual([]);
    await page.close();
  });

  it('finds a term split across inline tags and leaves ordinary words, form fields and editable text alone', async () => {
    const page = await ext.browser.newPage();
    await page.goto(server.url(HOST, '/fixtures/dynamic.html'));
    const found = texts(await waitForMarks(page, { min: 3 }));
    expect(found).toEqual(
      expect.arrayContaining(['Better Care Fund', 'control total', 'Clinical Commissioning Groups']),
    );
    expect(found.some((t) => /footprint|must do|ICB/i.test(t))).toBe(false);
    await page.close();
  });

  it('marks content added after the page loaded within a second', async () => {
    const page = await openMarked();
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Later: the Joint Forward Plan was noted.';
      document.getElementById('minutes')?.append(p);
    });
    const started = Date.now();
    for (;;) {
      if (texts(await readMarks(page)).includes('Joint Forward Plan')) break;
      if (Date.now() - started > 1000) throw new Error('the added paragraph was not marked within a second');
      await new Promise((r) => setTimeout(r, 50));
    }
    await page.close();
  });

  it('leaves a page with no term untouched, and marks and paints a term added to it later', async () => {
    const page = await ext.browser.newPage();
    await page.goto(server.url('www.stratford.gov.uk', '/corpus/stratford_council_home_page_c2010.html'));
    const lensLoaded = async () =>
      ((await sendToTab(control, '*://www.stratford.gov.uk/*', { type: 'get-page-terms' })) as PageTermsReply)
        .lensLoaded;
    const ourRules = () =>
      page.evaluate(() =>
        document.adoptedStyleSheets.some((sheet) =>
          [...sheet.cssRules].some((rule) => rule.cssText.includes('::highlight(scrutiny-lens')),
        ),
      );
    await new Promise((r) => setTimeout(r, 1500));
    expect(await readMarks(page)).toEqual([]);
    // The gate's prefilter ruled the page out: the lens was never loaded, and not even our stylesheet went in.
    expect(await lensLoaded()).toBe(false);
    expect(await ourRules()).toBe(false);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'The Better Care Fund plan was agreed.';
      document.body.append(p);
    });
    const started = Date.now();
    for (;;) {
      if (texts(await readMarks(page)).includes('Better Care Fund')) break;
      if (Date.now() - started > 1000) throw new Error('the added paragraph was not marked within a second');
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(await ourRules()).toBe(true);
    expect(await lensLoaded()).toBe(true);
    await page.close();
  });

  it('leaves the page’s text, markup and scripts exactly as they were', async () => {
    const plain = await launchWithExtension(kind, { port: server.port, withExtension: false });
    const snapshot = (p: Page) =>
      p.evaluate(() => ({
        html: document.documentElement.outerHTML,
        text: document.body.innerText,
        script: (window as unknown as { pageScriptRan?: boolean }).pageScriptRan,
      }));
    try {
      const without = await plain.browser.newPage();
      await without.goto(server.url(HOST, '/fixtures/dynamic.html'));
      const page = await openMarked();
      expect(await snapshot(page)).toEqual(await snapshot(without));
      await page.close();
    } finally {
      await plain.close();
    }
  });

  it('follows a single-page site from page to page: its marks, the terms it reports and the badge move with it', async () => {
    const page = await ext.browser.newPage();
    await page.goto(server.url(HOST, '/fixtures/single-page-app.html'));
    const pattern = `*://${HOST}/fixtures/single-page-app.html*`;
    const shown = async () => {
      const reply = (await sendToTab(control, pattern, { type: 'get-page-terms' })) as PageTermsReply;
      return {
        marks: texts(await readMarks(page)),
        address: new URL(reply.url).search,
        terms: reply.terms.map((t) => t.termId),
        badge: await badgeText(control, pattern),
      };
    };
    const becomes = async (expected: Awaited<ReturnType<typeof shown>>) =>
      expect(await settles(shown, expected, 5000)).toEqual(expected);
    const agenda = {
      marks: ['Better Care Fund', 'Joint Forward Plan'],
      terms: ['better-care-fund', 'joint-forward-plan'],
      badge: '2',
    };
    await becomes({ ...agenda, address: '' });
    await page.click('#to-minutes');
    await becomes({
      marks: ['section 75 agreement'],
      address: '?item=minutes',
      terms: ['section-75-agreement'],
      badge: '1',
    });
    await page.goBack();
    await becomes({ ...agenda, address: '' });
    await page.close();
  });

  it('clears every mark when the site is switched off, and marks again when it is switched on', async () => {
    const page = await openMarked();
    await setStorage(control, 'sync', { settings: settings([HOST]) });
    await waitForMarks(page, { min: 0, timeout: 3000 }).then((m) => expect(m).toEqual([]));
    await setStorage(control, 'sync', { settings: settings([]) });
    expect((await waitForMarks(page, { min: 3 })).length).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  it('counts the distinct terms in the toolbar badge, and empties it while the site is switched off', async () => {
    // Three terms: the Better Care Fund, control total and Clinical Commissioning Groups (the ICBs are in form fields).
    const page = await openMarked();
    const pattern = `*://${HOST}/fixtures/dynamic.html`;
    const badgeBecomes = (expected: string) => settles(() => badgeText(control, pattern), expected, 3000);
    expect(await badgeBecomes('3')).toBe('3');
    await setStorage(control, 'sync', { settings: settings([HOST]) });
    expect(await badgeBecomes('')).toBe('');
    await setStorage(control, 'sync', { settings: settings([]) });
    expect(await badgeBecomes('3')).toBe('3');
    await page.close();
  });

  it('paints its marks: the pixels under a marked term change when the site is switched off, the rest do not', async () => {
    const page = await ext.browser.newPage();
    await page.setViewport({ width: 900, height: 600 });
    await page.goto(server.url(HOST, '/fixtures/dynamic.html'));
    expect(texts(await waitForMarks(page, { min: 3 }))).toContain('Better Care Fund');
    const marked = await clipAround(page, 'first', 'Better Care Fund');
    const plain = await clipAround(page, 'first', 'The Board received');
    const before = { marked: await pixels(page, marked), plain: await pixels(page, plain) };
    try {
      await setStorage(control, 'sync', { settings: settings([HOST]) });
      await waitForMarks(page, { min: 0, timeout: 3000 }).then((m) => expect(m).toEqual([]));
      expect(await pixels(page, marked), 'the marked words look the same without their mark').not.toBe(before.marked);
      expect(await pixels(page, plain), 'words without a mark changed when the marks went').toBe(before.plain);
    } finally {
      await setStorage(control, 'sync', { settings: settings([]) });
    }
    await page.close();
  });

  it('opens a card with a definition, a source and a question when a mark is hovered', async () => {
    const page = await openMarked();
    await hoverUntilCard(page, 'first', 'Better Care Fund');
    const card = await cardText(page);
    expect(card).toContain('Better Care Fund');
    const parts = await page.evaluate(() => {
      const root = document.querySelector('scrutiny-lens-ui')?.shadowRoot;
      return {
        sourceLinks: root?.querySelectorAll('a[href^="https://"]').length ?? 0,
        questions: [...(root?.querySelectorAll('li') ?? [])].filter((li) => li.textContent?.includes('?')).length,
        labelled: root?.querySelector('[role="dialog"]')?.getAttribute('aria-labelledby'),
      };
    });
    expect(parts.sourceLinks).toBeGreaterThan(0);
    expect(parts.questions).toBeGreaterThan(0);
    expect(parts.labelled).toBeTruthy();
    await page.close();
  });

  it('keeps a hovered card open while the pointer rests on it, and closes it once the pointer leaves both', async () => {
    const page = await openMarked();
    await hoverUntilCard(page, 'first', 'Better Care Fund');
    const card = await cardBox(page);
    if (!card) throw new Error('no card');
    // Onto the card in small steps, as a hand would, crossing the gap between the term and the card.
    await page.mouse.move(card.left + 40, card.top + 30, { steps: 8 });
    await new Promise((r) => setTimeout(r, 1000));
    expect(await cardText(page)).toContain('Better Care Fund');
    await page.mouse.move(card.right + 200, card.bottom + 200, { steps: 4 });
    expect(await settles(() => cardText(page), '', 2000)).toBe('');
    await page.close();
  });

  it('closes a hovered card when its term is scrolled out of view', async () => {
    const page = await openMarked({ width: 900, height: 600 });
    await hoverUntilCard(page, 'first', 'Better Care Fund');
    await page.evaluate(() => {
      const room = document.createElement('div');
      room.style.height = '3000px';
      document.body.append(room);
      window.scrollTo(0, 2000);
    });
    expect(await settles(() => cardText(page), '', 2000)).toBe('');
    await page.close();
  });

  it('opens the card above a term near the foot of the window, inside the window', async () => {
    const page = await openMarked({ width: 900, height: 600 });
    // Push the paragraph down to the last line of the window; the page's text is unchanged, so its marks stay.
    await page.evaluate(() => {
      const first = document.getElementById('first') as HTMLElement;
      const top = first.getBoundingClientRect().top;
      first.style.marginTop = `${innerHeight - top - 40}px`;
    });
    const term = await wordsBox(page, 'first', 'Better Care Fund');
    expect(term.bottom).toBeGreaterThan(540);
    await hoverUntilCard(page, 'first', 'Better Care Fund');
    const card = await cardBox(page);
    expect(card).not.toBeNull();
    expect(card?.bottom).toBeLessThanOrEqual(term.top);
    expect(card?.top).toBeGreaterThanOrEqual(0);
    await page.close();
  });

  it('moves to the next mark from the keyboard command, opens its card with focus inside, and Escape returns focus', async () => {
    // A driver cannot press a browser command, so this sends the command's message, as the background does.
    const page = await openMarked();
    await page.bringToFront();
    await watchFocusWhenCardShows(page);
    expect(await sendToTab(control, `*://${HOST}/fixtures/dynamic.html`, { type: 'next-mark' })).toEqual({ ok: true });
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
    const pattern = `*://${HOST}/fixtures/dynamic.html`;
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

  it('keeps the keyboard’s place when the page changes the paragraph its mark is in', async () => {
    const page = await openMarked();
    await page.bringToFront();
    const pattern = `*://${HOST}/fixtures/dynamic.html`;
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
      sendToTab(control, `*://${HOST}/fixtures/dynamic.html`, {
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
