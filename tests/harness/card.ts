import type { Page } from 'puppeteer-core';

/** The card's text, read through its shadow root (open, so tests and assistive technology can reach it). */
export function cardText(page: Page): Promise<string> {
  return page.evaluate(
    () => document.querySelector('scrutiny-lens-ui')?.shadowRoot?.querySelector('[role="dialog"]')?.textContent ?? '',
  );
}

/**
 * Waits for the card to show a term (not its loading line), and returns its text. With `replacing`, the
 * text of a card already open, waits for the card to show something else.
 */
export async function waitForCard(page: Page, timeout = 5000, replacing?: string): Promise<string> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const text = await cardText(page);
    if (text && !text.includes('Looking this up') && text !== replacing) return text;
    if (Date.now() > deadline) throw new Error(replacing ? 'the card did not change' : 'no card opened');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A box in window co-ordinates. */
export type Box = { left: number; top: number; right: number; bottom: number };

/** The box of the first occurrence of `words` in the first text node of the element `#id`. */
export function wordsBox(page: Page, id: string, words: string): Promise<Box> {
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

/** Rests the pointer on the middle of `words` in `#id` until the card opens, and returns the words' box. */
export async function hoverUntilCard(page: Page, id: string, words: string): Promise<Box> {
  const box = await wordsBox(page, id, words);
  await page.mouse.move((box.left + box.right) / 2, (box.top + box.bottom) / 2);
  await waitForCard(page);
  return box;
}

/** The open card's box, or null when no card is open. */
export function cardBox(page: Page): Promise<Box | null> {
  return page.evaluate(() => {
    const dialog = document.querySelector('scrutiny-lens-ui')?.shadowRoot?.querySelector('[role="dialog"]');
    if (!dialog) return null;
    const r = dialog.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });
}

/** Whether keyboard focus is inside the open card. */
export function focusInCard(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const root = document.querySelector('scrutiny-lens-ui')?.shadowRoot;
    const dialog = root?.querySelector('[role="dialog"]');
    return Boolean(root?.activeElement && dialog?.contains(root.activeElement));
  });
}
