// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../../components/options/OptionsApp';
import type { Term } from '../../../../lib/glossary/schema';
import { loadLocalTerms, saveLocalTerms } from '../../../../lib/local-terms/store';
import { VIRTUAL_WARD } from '../../local-terms/fixtures';
import { typeInto } from './helpers';

const ICB = {
  id: 'integrated-care-board',
  headword: 'Integrated care board',
  match: { phrases: ['integrated care board'], acronyms: ['ICB'] },
} as Term;

async function openOptions() {
  render(<OptionsApp glossaryTerms={[ICB]} />);
  await screen.findByRole('heading', { name: 'Your terms' });
}

const form = () => screen.getByRole('form', { name: /Add a term|Edit/ });
const field = (label: RegExp | string) => within(form()).getByLabelText(label);

function fillPlaceBoard() {
  typeInto(field(/^Term/), 'Place board');
  typeInto(field(/^Definition/), 'The committee that runs NHS and council services together in one borough.');
}

describe('Your terms', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(cleanup);

  it('adds a term and lists it', async () => {
    await openOptions();
    fillPlaceBoard();
    fireEvent.click(screen.getByRole('button', { name: 'Add term' }));
    await waitFor(async () => expect((await loadLocalTerms()).map((t) => t.slug)).toEqual(['place-board']));
    expect(within(screen.getByRole('list', { name: 'Your terms' })).getByText('Place board')).toBeTruthy();
  });

  it('says what to fix as a field is typed in, tied to that field', async () => {
    await openOptions();
    const questions = field(/^Questions/);
    typeInto(questions, 'Who sits on it');
    const message = within(form()).getByText('Question 1 must end with "?"');
    expect(questions.getAttribute('aria-invalid')).toBe('true');
    expect(questions.getAttribute('aria-describedby')).toContain(message.closest('p')?.id);
    typeInto(questions, 'Who sits on it?');
    expect(within(form()).queryByText('Question 1 must end with "?"')).toBeNull();
  });

  it('does not complain about fields not yet touched', async () => {
    await openOptions();
    typeInto(field(/^Term/), 'Place board');
    expect(within(form()).queryByText(/Definition must not be empty/)).toBeNull();
  });

  it('refuses to save with problems left, listing them in a summary that takes focus', async () => {
    await openOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Add term' }));
    const summary = (await screen.findByText('Fix these to save the term')).closest('[role="alert"]') as HTMLElement;
    expect(within(summary).getByText('Term must not be empty')).toBeTruthy();
    expect(within(summary).getByText('Definition must not be empty')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(await loadLocalTerms()).toEqual([]);
  });

  it('refuses a wording another of the user’s terms already has', async () => {
    await saveLocalTerms([VIRTUAL_WARD]);
    await openOptions();
    fillPlaceBoard();
    typeInto(field(/^Abbreviations/), 'VW');
    expect(within(form()).getByText(/“VW” is already one of your terms \(“Virtual ward”\)/)).toBeTruthy();
  });

  it('warns, but saves, when a wording is also in the glossary', async () => {
    await openOptions();
    fillPlaceBoard();
    typeInto(field(/^Abbreviations/), 'ICB');
    expect(within(form()).getByText(/“ICB” is also in the glossary \(Integrated care board\)/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add term' }));
    await waitFor(async () => expect(await loadLocalTerms()).toHaveLength(1));
  });

  it('edits a term, keeping its id', async () => {
    await saveLocalTerms([VIRTUAL_WARD]);
    await openOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Edit “Virtual ward”' }));
    expect(screen.getByRole('heading', { name: 'Edit “Virtual ward”' })).toBeTruthy();
    typeInto(field(/^Term/), 'Virtual wards');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(async () => expect(await loadLocalTerms()).toEqual([{ ...VIRTUAL_WARD, headword: 'Virtual wards' }]));
  });

  it('deletes a term only after confirmation', async () => {
    await saveLocalTerms([VIRTUAL_WARD]);
    await openOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Delete “Virtual ward”' }));
    expect(screen.getByText('Delete “Virtual ward”? This cannot be undone.')).toBeTruthy();
    expect(await loadLocalTerms()).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(await loadLocalTerms()).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Delete “Virtual ward”' }));
    const confirm = screen.getByRole('group', { name: /Delete “Virtual ward”\?/ });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Delete “Virtual ward”' }));
    await waitFor(async () => expect(await loadLocalTerms()).toEqual([]));
  });

  it('shows what the user typed as text, never as markup', async () => {
    await saveLocalTerms([{ ...VIRTUAL_WARD, definition: 'Says &lt;img src=x onerror=alert(1)&gt; literally.' }]);
    await openOptions();
    expect(screen.getByText('Says &lt;img src=x onerror=alert(1)&gt; literally.')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });
});
