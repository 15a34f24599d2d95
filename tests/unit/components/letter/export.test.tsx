// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LetterBuilder } from '@/components/letter/LetterBuilder';
import { fillScrutinyRequired, newLetter, SCRUTINY, seedBasket, TODAY, type, useCleanPage } from './helpers';

vi.mock('@/lib/glossary/data', () => import('./glossary-stub'));

useCleanPage();

/** What each `<a download>` click asked for: the file name and the Blob behind it. */
let downloads: Array<{ name: string; blob: Blob }>;
let clicked: string[];
beforeEach(() => {
  downloads = [];
  clicked = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, b as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this.href);
    const blob = blobs.get(this.href);
    if (blob) downloads.push({ name: this.download, blob });
  });
});

const open = async (templateId = SCRUTINY) => {
  const basket = await seedBasket(['Will the ICB publish its financial plan?']);
  return render(<LetterBuilder initial={newLetter(templateId, basket)} onHome={() => {}} today={TODAY} />);
};
const press = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
const summary = () => screen.getByRole('alert');

describe('checks before export', () => {
  it('refuses to export with a required field empty, and names the field', async () => {
    await open();
    press('Download .docx');
    expect(within(summary()).getByRole('link', { name: /“Chair's name”: it is required/ })).toBeTruthy();
    expect(downloads).toEqual([]);
  });

  it('leads from the summary to the field that needs filling', async () => {
    await open();
    press('Copy as plain text');
    fireEvent.click(within(summary()).getByRole('link', { name: /“Your name”/ }));
    expect(document.activeElement?.id).toBe('field-your_name');
  });

  it('moves focus to the summary so keyboard users land on it', async () => {
    await open();
    press('Print');
    await waitFor(() => expect(document.activeElement).toBe(summary()));
  });

  it('shows the field’s own error beside it once export was refused', async () => {
    await open();
    press('Download .txt');
    const field = screen.getByLabelText(/^Chair's name/);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain('field-recipient_name-error');
  });

  it('names a placeholder left by an optional paragraph, and how to remove it', async () => {
    await open();
    fillScrutinyRequired();
    press('Download .docx');
    expect(summary().textContent).toContain(
      'The letter still shows [NHS trusts serving the area]: fill in “NHS trusts serving the area” or untick “Name the NHS trusts whose plans you want”.',
    );
    expect(downloads).toEqual([]);
  });

  it('refuses an e-mail address that is not one', async () => {
    await open();
    fillScrutinyRequired();
    type('NHS trusts serving the area', 'Whittington Health NHS Trust');
    type('Your e-mail address', 'alex.morgan@example');
    press('Download .txt');
    expect(summary().textContent).toContain('“Your e-mail address” does not look like an e-mail address');
    expect(downloads).toEqual([]);
  });

  it('says a bad e-mail address is wrong as soon as the writer leaves the field', async () => {
    await open();
    const email = type('Your e-mail address', 'alex at example.org');
    fireEvent.blur(email);
    expect(screen.getByText(/does not look like an e-mail address/)).toBeTruthy();
  });

  it('refuses to open an e-mail to a recipient address that is not one', async () => {
    await open();
    fillScrutinyRequired();
    type('NHS trusts serving the area', 'Whittington Health NHS Trust');
    type('Their e-mail address', 'chair@');
    press('Email');
    expect(summary().textContent).toContain('“chair@” does not look like an e-mail address');
    expect(clicked).toEqual([]);
  });

  it('asks for a question when the letter needs one and the basket has none ticked', async () => {
    await open('public-question');
    fireEvent.click(screen.getByLabelText('Will the ICB publish its financial plan?'));
    press('Copy as plain text');
    expect(summary().textContent).toContain('This letter needs a question');
  });
});

describe('export', () => {
  const ready = async () => {
    await open();
    fillScrutinyRequired();
    type('NHS trusts serving the area', 'Whittington Health NHS Trust');
  };

  it('downloads a .docx named after the letter and the day', async () => {
    await ready();
    press('Download .docx');
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0].name).toBe('ask-the-scrutiny-chair-to-obtain-the-local-nhs-plans-2026-11-22.docx');
    expect(downloads[0].blob.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(await screen.findByText(/^Downloaded ask-the-scrutiny-chair/)).toBeTruthy();
  });

  it('downloads a .txt that holds the question and the page it came from', async () => {
    await ready();
    press('Download .txt');
    await waitFor(() => expect(downloads).toHaveLength(1));
    const text = await downloads[0].blob.text();
    expect(text).toContain('1. Will the ICB publish its financial plan?');
    expect(text).toContain('https://www.example-icb.nhs.uk/board/papers-1.html');
  });

  it('copies the letter as plain text and says so', async () => {
    await ready();
    const write = vi.fn(async (_: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: write }, configurable: true });
    press('Copy as plain text');
    expect(await screen.findByText('Copied the letter as plain text.')).toBeTruthy();
    expect(write.mock.calls[0][0]).toContain('Dear Councillor Priya Shah,');
  });

  it('opens the mail program with the subject and body', async () => {
    await ready();
    type('Their e-mail address', 'scrutiny@barnet.gov.uk');
    press('Email');
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]).toMatch(/^mailto:scrutiny@barnet\.gov\.uk\?subject=Request%3A%20obtain/);
  });

  it('copies a letter too long for a mailto link and opens the mail with the subject only', async () => {
    await ready();
    type('Why this matters to you', 'A long story. '.repeat(200));
    const write = vi.fn(async (_: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: write }, configurable: true });
    press('Email');
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]).not.toContain('body=');
    expect(write.mock.calls[0][0]).toContain('A long story.');
    expect(await screen.findByText(/too long to put in an e-mail link, so it has been copied/)).toBeTruthy();
  });

  it('opens WriteToThem with the postcode the writer gave', async () => {
    await ready();
    type('Your postcode', 'n3 2sb');
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async () => {} }, configurable: true });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    press('Send through WriteToThem');
    await waitFor(() => expect(create).toHaveBeenCalledWith({ url: 'https://www.writetothem.com/?pc=N3%202SB' }));
  });

  it('opens WriteToThem without a postcode when none was typed', async () => {
    await ready();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async () => {} }, configurable: true });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    press('Send through WriteToThem');
    await waitFor(() => expect(create).toHaveBeenCalledWith({ url: 'https://www.writetothem.com/' }));
  });

  it('offers WriteToThem only on letters that can go to one’s own representatives', async () => {
    await open('foi-request');
    expect(screen.queryByRole('button', { name: 'Send through WriteToThem' })).toBeNull();
  });

  it('prints only once the letter is complete', async () => {
    await ready();
    const print = vi.fn();
    Object.defineProperty(window, 'print', { value: print, configurable: true });
    press('Print');
    expect(print).toHaveBeenCalledOnce();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
