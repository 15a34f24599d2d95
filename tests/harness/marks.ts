import type { Frame, Page } from 'puppeteer-core';

export interface PaintedMark {
  highlight: string;
  text: string;
}

/**
 * Reads what the extension painted: every range in every CSS highlight whose
 * name starts with `scrutiny-lens`. The highlight registry belongs to the
 * document, so the page's own world sees what the content script registered;
 * a frame has its own.
 */
export function readMarks(page: Page | Frame): Promise<PaintedMark[]> {
  return page.evaluate(() => {
    const out: Array<{ highlight: string; text: string }> = [];
    const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
    if (!registry) return [];
    for (const [name, highlight] of registry) {
      if (!name.startsWith('scrutiny-lens')) continue;
      for (const r of highlight) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        out.push({ highlight: name, text: range.toString() });
      }
    }
    return out;
  });
}

/** Waits until the marks stop changing, so a test reads the finished result rather than a slice of it. */
export async function waitForMarks(
  page: Page,
  options: { min?: number; timeout?: number; settle?: number } = {},
): Promise<PaintedMark[]> {
  const { min = 1, timeout = 10_000, settle = 400 } = options;
  const deadline = Date.now() + timeout;
  let last = -1;
  let stableSince = Date.now();
  for (;;) {
    const marks = await readMarks(page);
    if (marks.length !== last) {
      last = marks.length;
      stableSince = Date.now();
    }
    if (marks.length >= min && Date.now() - stableSince >= settle) return marks;
    if (Date.now() > deadline) {
      if (min === 0) return marks;
      // A page busy laying out megabytes of text can hold one read past the deadline, so a count first seen in
      // that read has had no chance to settle; one more look after the settle time tells finished from changing.
      if (marks.length >= min) {
        await new Promise((r) => setTimeout(r, settle));
        const again = await readMarks(page);
        if (again.length === marks.length) return again;
      }
      throw new Error(`Expected at least ${min} marks within ${timeout} ms, found ${marks.length}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The words under the focus ring (the mark the keyboard is on), white space squeezed; empty when there is none. */
export function focusedMarkText(page: Page): Promise<string> {
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
