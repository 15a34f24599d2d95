import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSER_KINDS,
  cardBox,
  cardText,
  type ExtensionBrowser,
  extensionPage,
  type FixtureServer,
  hoverUntilCard,
  launchWithExtension,
  openMarkedDynamicPage,
  settles,
  startFixtureServer,
  waitForMarks,
  wordsBox,
} from '../harness';
import { eventually, markEveryOccurrence } from './hostile-support';

// The card a hovered mark opens: what it holds, and when it stays, moves and closes.

describe.each(BROWSER_KINDS)('the card on the page, in %s', (kind) => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    server = await startFixtureServer();
    ext = await launchWithExtension(kind, { port: server.port });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  const openMarked = (viewport?: { width: number; height: number }) => openMarkedDynamicPage(ext, server, viewport);

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
});

describe.each(BROWSER_KINDS)('the sense a card shows, in %s', (kind) => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    server = await startFixtureServer();
    ext = await launchWithExtension(kind, { port: server.port });
    // Every occurrence marked, so that the second "section 75" in the paragraph has a mark to hover.
    await markEveryOccurrence(await extensionPage(ext));
    page = await ext.browser.newPage();
    await page.goto(server.url('democracy.leeds.gov.uk', '/fixtures/section-75-senses.html'));
    await waitForMarks(page, { min: 2 });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  const shownTerm = () =>
    page.evaluate(
      () =>
        document
          .querySelector('scrutiny-lens-ui')
          ?.shadowRoot?.querySelector('[role="dialog"] article')
          ?.getAttribute('data-term-id') ?? '',
    );

  it('is read from the words near the mark: a pooled budget at the start of a long paragraph', async () => {
    await hoverUntilCard(page, 'minutes', 'section 75');
    expect(await shownTerm()).toBe('section-75-agreement');
  });

  it('is read from the words near the mark: the 2012 Act’s competition rules 2,000 characters further on', async () => {
    // Away from the first mark, and its card closed, so the card read next is the late mark's own.
    await page.mouse.move(0, 0);
    await page.keyboard.press('Escape');
    await eventually(
      () => cardText(page),
      (text) => text === '',
    );
    await hoverUntilCard(page, 'late', 'section 75');
    expect(await shownTerm()).toBe('section-75-competition-rules');
  });

  it('of an abbreviation is the one the page spelled out, over the words near the mark and the year', async () => {
    await page.mouse.move(0, 0);
    await page.goto(server.url('democracy.leeds.gov.uk', '/fixtures/stp-spelled-out.html'));
    await waitForMarks(page, { min: 3 });
    await hoverUntilCard(page, 'later', 'STP');
    expect(await shownTerm()).toBe('sustainability-and-transformation-plan');
  });
});
