import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { InitialLetter } from '@/components/letter/initial-letter';
import { addQuestion, type BasketEntry } from '@/lib/letters/drafts';
import { defaultParagraphs } from '@/lib/letters/render';
import { getTemplate } from '@/lib/letters/templates';

export const TODAY = new Date(2026, 10, 22);
export const SCRUTINY = 'scrutiny-chair-obtain-plans';

/**
 * Fresh storage and a fresh page for every test. Unmounting flushes the
 * autosave, so the test waits for that write before the next test starts.
 */
export function useCleanPage(): void {
  beforeEach(() => {
    fakeBrowser.reset();
    history.replaceState(null, '', '/letter.html');
  });
  afterEach(async () => {
    cleanup();
    await new Promise((r) => setTimeout(r, 20));
  });
}

/** Puts questions in the basket the way a card does, each with the page it was seen on. */
export async function seedBasket(texts: readonly string[]): Promise<BasketEntry[]> {
  const out: BasketEntry[] = [];
  for (const [i, text] of texts.entries()) {
    const { entry } = await addQuestion({
      text,
      pageTitle: `Board papers, part ${i + 1}`,
      pageUrl: `https://www.example-icb.nhs.uk/board/papers-${i + 1}.html`,
    });
    out.push(entry);
  }
  return out;
}

/** A new letter on a template, as `?template=` opens it. */
export function newLetter(templateId: string, basket: BasketEntry[] = []): InitialLetter {
  const template = getTemplate(templateId);
  if (!template) throw new Error(`no template ${templateId}`);
  return { templateId, values: {}, includeParagraphs: defaultParagraphs(template), excluded: [], basket };
}

/** Types into the field whose label starts with `label`. */
export function type(label: string, value: string): HTMLInputElement | HTMLTextAreaElement {
  const el = screen.getByLabelText(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)) as
    | HTMLInputElement
    | HTMLTextAreaElement;
  fireEvent.input(el, { target: { value } });
  return el;
}

/** Every required field of the scrutiny-chair letter, filled from the template's own examples. */
export function fillScrutinyRequired(): void {
  type("Chair's name", 'Councillor Priya Shah');
  type('Committee name', 'Adults and Health Scrutiny Committee');
  type('Council', 'London Borough of Barnet');
  type('Integrated care board', 'NHS North Central London Integrated Care Board');
  type('Plan years', '2026/27');
  type('Why this matters to you', 'My mother waited eleven hours in A&E last winter.');
  type('Your name', 'Alex Morgan');
}

/** The preview's text as it looks on screen (without the words only screen readers get). */
export function previewText(): string {
  const copy = screen.getByRole('article', { name: 'Your letter' }).cloneNode(true) as HTMLElement;
  for (const hidden of copy.querySelectorAll('.sl-visually-hidden')) hidden.remove();
  return copy.textContent ?? '';
}
