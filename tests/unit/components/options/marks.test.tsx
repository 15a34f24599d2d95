// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../../components/options/OptionsApp';
import { PALETTE } from '../../../../lib/settings/palette';
import { loadSettings } from '../../../../lib/settings/store';

async function openOptions() {
  render(<OptionsApp glossaryTerms={[]} />);
  await screen.findByRole('heading', { name: 'Marks' });
}

const sample = (caption: string) => screen.getByText(caption).closest('figure') as HTMLElement;
const marksIn = (figure: HTMLElement) => [...figure.querySelectorAll<HTMLElement>('.sl-sample-mark')];

describe('the Marks section', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(cleanup);

  it('saves a change of colour as soon as it is chosen', async () => {
    await openOptions();
    fireEvent.click(screen.getByRole('radio', { name: 'Purple' }));
    await waitFor(async () => expect((await loadSettings()).marks.colours).toBe('purple'));
  });

  it('shows the sample in the palette the content script paints with, light and dark', async () => {
    await openOptions();
    fireEvent.click(screen.getByRole('radio', { name: 'Amber' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Underline' }));
    await waitFor(() =>
      expect(marksIn(sample('On a light page'))[0].style.textDecorationColor).toBe(PALETTE.amber.light.underline),
    );
    const [lightMark] = marksIn(sample('On a light page'));
    const [darkMark] = marksIn(sample('On a dark page'));
    expect(lightMark.style.backgroundColor).toBe('');
    expect(darkMark.style.textDecorationColor).toBe(PALETTE.amber.dark.underline);
  });

  it('shows a tint without an underline when tint is chosen', async () => {
    await openOptions();
    fireEvent.click(screen.getByRole('radio', { name: 'Tint' }));
    await waitFor(() =>
      expect(marksIn(sample('On a light page'))[0].style.backgroundColor).toBe(PALETTE.blue.light.tint),
    );
    expect(marksIn(sample('On a light page'))[0].style.textDecorationLine).toBe('none');
  });

  it('marks a repeated term once in the sample when only the first in each section is marked', async () => {
    await openOptions();
    expect(marksIn(sample('On a light page')).map((m) => m.textContent)).toEqual(['ICB', 'operational plan']);
    fireEvent.click(screen.getByRole('radio', { name: 'Every time a term appears' }));
    await waitFor(() =>
      expect(marksIn(sample('On a light page')).map((m) => m.textContent)).toEqual(['ICB', 'operational plan', 'ICB']),
    );
  });

  it('switches a category off, keeping the others in glossary order', async () => {
    await openOptions();
    const group = screen.getByRole('group', { name: 'Kinds of term to mark' });
    fireEvent.click(within(group).getByRole('checkbox', { name: 'Money' }));
    await waitFor(async () => expect((await loadSettings()).marks.categories).not.toContain('money'));
    expect((await loadSettings()).marks.categories).toEqual([
      'plans-and-documents',
      'bodies-and-structures',
      'contracts-and-payment',
      'performance-and-services',
      'scrutiny-and-public-voice',
    ]);
  });

  it('switches historical terms and the toolbar badge off', async () => {
    await openOptions();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Mark historical terms' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show the number of terms on the toolbar button' }));
    await waitFor(async () => expect((await loadSettings()).marks).toMatchObject({ historical: false, badge: false }));
  });
});
