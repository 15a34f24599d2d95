import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSER_KINDS,
  cardText,
  DYNAMIC_TAB as DYNAMIC,
  type ExtensionBrowser,
  extensionPage,
  type FixtureServer,
  launchWithExtension,
  openMarkedDynamicPage,
  openRendered,
  present,
  sendToTab,
  startFixtureServer,
  waitForCard,
} from '../harness';
import { isDarkColour, type LowContrast, lowContrast, type TextSample, textSamples } from '../harness/contrast';

/**
 * What a reader sets in their system reaches our UI: dark mode, less motion,
 * and large zoom. The browsers are started with the preference set, as a
 * reader's would be, and each piece of text is checked as the browser painted
 * it (WCAG 2.2 AA, 1.4.3), in the card on a council page and in the
 * extension's own pages.
 */

const CARD = { shadowHost: 'scrutiny-lens-ui' };

const READERS = [
  { colourScheme: 'light', reducedMotion: false },
  { colourScheme: 'dark', reducedMotion: true },
] as const;

/** Elements (pseudo-elements included) that animate or have a transition, named for the failure message. */
function moving(page: Page, shadowHost?: string): Promise<string[]> {
  return page.evaluate((host) => {
    const root = host ? document.querySelector(host)?.shadowRoot : document;
    if (!root) throw new Error(`no shadow root on ${host}`);
    const found: string[] = [];
    for (const el of root.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(el, pseudo);
        const transition = style.transitionDuration.split(',').some((d) => Number.parseFloat(d) > 0);
        if (transition || style.animationName !== 'none')
          found.push(`${el.localName}.${el.className}${pseudo ?? ''}: ${style.transition || style.animationName}`);
      }
    }
    return found;
  }, shadowHost);
}

/** The card's box, the window's size, how far its content runs past its own width, and its type size. */
function cardFit(page: Page) {
  return page.evaluate(() => {
    const dialog = document.querySelector('scrutiny-lens-ui')?.shadowRoot?.querySelector('[role="dialog"]');
    if (!dialog) return null;
    const box = dialog.getBoundingClientRect();
    let widest = box.right;
    for (const el of dialog.querySelectorAll('*')) widest = Math.max(widest, el.getBoundingClientRect().right);
    return {
      left: box.left,
      top: box.top,
      right: box.right,
      bottom: box.bottom,
      window: { width: innerWidth, height: innerHeight },
      sideways: dialog.scrollWidth - dialog.clientWidth,
      pastEdge: Math.round(widest - box.right),
      scrolls: getComputedStyle(dialog).overflowY,
      fontSizePx: Number.parseFloat(getComputedStyle(dialog).fontSize),
    };
  });
}

describe.each(BROWSER_KINDS)('for the reader’s own settings, in %s', (kind) => {
  describe.each(READERS)('with $colourScheme colours (less motion: $reducedMotion)', (reader) => {
    let server: FixtureServer;
    let ext: ExtensionBrowser;
    let control: Page;

    beforeAll(async () => {
      server = await startFixtureServer();
      ext = await launchWithExtension(kind, { port: server.port, reader });
      control = await extensionPage(ext);
    });
    // Closed after each test, passed or failed, so the commands never reach a page a failed test left open.
    afterEach(async () => {
      for (const page of await ext.browser.pages()) if (page !== control) await page.close();
    });
    afterAll(async () => {
      await ext?.close();
      await server?.close();
    });

    /** A marked council page, in front, ready for the keyboard commands. */
    async function markedPage(): Promise<Page> {
      const page = await openMarkedDynamicPage(ext, server);
      await page.bringToFront();
      return page;
    }

    /** Moves to the next mark, as the keyboard command does, and waits for its card to replace the one open and finish opening. */
    async function nextCard(page: Page): Promise<string> {
      const before = await cardText(page);
      expect(await sendToTab(control, DYNAMIC, { type: 'next-mark' })).toEqual({ ok: true });
      const text = await waitForCard(page, 5000, before);
      await page.evaluate(() =>
        Promise.all(
          (document.querySelector('scrutiny-lens-ui')?.shadowRoot?.getAnimations() ?? []).map((a) => a.finished),
        ),
      );
      return text;
    }

    it('follows the reader’s colour scheme in the card and in the extension’s pages', async () => {
      const page = await markedPage();
      await nextCard(page);
      const card = await page.evaluate(
        () =>
          getComputedStyle(document.querySelector('scrutiny-lens-ui')?.shadowRoot?.querySelector('.sl-card') as Element)
            .backgroundColor,
      );
      const popup = await openRendered(ext, 'popup.html');
      const pageBackground = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect({ card: isDarkColour(card), popup: isDarkColour(pageBackground) }).toEqual({
        card: reader.colourScheme === 'dark',
        popup: reader.colourScheme === 'dark',
      });
    });

    it('keeps all the card’s text at AA contrast: current and historical terms, detail open, a question added', async () => {
      const page = await markedPage();
      const low: LowContrast[] = [];
      const cards: string[] = [];
      // Better Care Fund, control total, then Clinical Commissioning Groups, a historical term with its era note.
      for (let i = 0; i < 3; i++) {
        cards.push(await nextCard(page));
        await page.evaluate(() =>
          (
            document
              .querySelector('scrutiny-lens-ui')
              ?.shadowRoot?.querySelector('.sl-card__more-toggle') as HTMLElement
          )?.click(),
        );
        low.push(...lowContrast(await textSamples(page, CARD)));
      }
      await page.evaluate(() =>
        [...(document.querySelector('scrutiny-lens-ui')?.shadowRoot?.querySelectorAll('button') ?? [])]
          .find((b) => b.textContent === 'Add to my letter')
          ?.click(),
      );
      await page.waitForFunction(() =>
        [...(document.querySelector('scrutiny-lens-ui')?.shadowRoot?.querySelectorAll('button') ?? [])].some(
          (b) => b.textContent === 'Added',
        ),
      );
      low.push(...lowContrast(await textSamples(page, CARD)));
      expect(cards.some((text) => text.includes('Historical'))).toBe(true);
      expect(low).toEqual([]);
    });

    const PAGES: Array<[string, string, (page: Page) => Promise<void>]> = [
      [
        'the popup, with search results',
        'popup.html',
        async (popup) => {
          await popup.type('[role="combobox"][aria-controls]', 'ICB');
          await present(popup, '[role="listbox"] [role="option"]');
        },
      ],
      ['the glossary, every entry', 'glossary.html', (glossary) => present(glossary, '.sl-glossary__letter')],
      ['the settings', 'options.html', (options) => present(options, '#sites-heading')],
      ['the letter’s first screen', 'letter.html', async () => undefined],
      [
        'the letter builder, showing what is missing',
        'letter.html?template=scrutiny-chair-obtain-plans',
        async (letter) => {
          await present(letter, '#field-recipient_name', 20_000);
          await letter.locator('button::-p-text(Download .docx)').click();
          await present(letter, '[role="alert"]');
        },
      ],
    ];

    it.each(PAGES)('keeps all the text of %s at AA contrast', async (_name, path, prepare) => {
      const page = await openRendered(ext, path);
      await prepare(page);
      const samples: TextSample[] = await textSamples(page);
      expect(samples.length).toBeGreaterThan(10);
      expect(lowContrast(samples)).toEqual([]);
    });

    it.runIf(reader.reducedMotion)(
      'moves nothing, in the card or the extension’s pages, when the reader asks for less motion',
      async () => {
        const page = await markedPage();
        expect(await sendToTab(control, DYNAMIC, { type: 'next-mark' })).toEqual({ ok: true });
        await waitForCard(page);
        const popup = await openRendered(ext, 'popup.html');
        await popup.type('[role="combobox"][aria-controls]', 'ICB');
        await present(popup, '[role="listbox"] [role="option"]');
        expect({ card: await moving(page, 'scrutiny-lens-ui'), popup: await moving(popup) }).toEqual({
          card: [],
          popup: [],
        });
      },
    );

    it.runIf(reader.colourScheme === 'light')(
      'keeps the card inside the window at 200% and 400% zoom, at the reader’s text size, with nothing cut off at the side',
      async () => {
        const page = await markedPage();
        const fits = [];
        // A 1280 × 900 window at 200% and at 400% zoom: what the page lays out in CSS pixels.
        for (const zoom of [2, 4]) {
          await page.setViewport({ width: 1280 / zoom, height: 900 / zoom, deviceScaleFactor: zoom });
          await nextCard(page);
          const fit = await cardFit(page);
          if (!fit) throw new Error(`no card at ${zoom * 100}%`);
          fits.push({
            zoom,
            inside: fit.left >= 0 && fit.top >= 0 && fit.right <= fit.window.width && fit.bottom <= fit.window.height,
            sideways: fit.sideways,
            pastEdge: fit.pastEdge,
            // Taller than the window it may not be; what does not fit scrolls.
            scrolls: fit.scrolls,
            fontSizePx: fit.fontSizePx,
          });
          await page.keyboard.press('Escape');
        }
        expect(fits).toEqual(
          [2, 4].map((zoom) => ({ zoom, inside: true, sideways: 0, pastEdge: 0, scrolls: 'auto', fontSizePx: 16 })),
        );
      },
    );
  });
});
