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
