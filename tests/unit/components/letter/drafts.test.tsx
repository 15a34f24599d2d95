// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { LetterApp } from '@/components/letter/LetterApp';
import { listDrafts, saveDraft } from '@/lib/letters/drafts';
import { previewText, SCRUTINY, seedBasket, useCleanPage } from './helpers';

vi.mock('@/lib/glossary/data', () => import('./glossary-stub'));

useCleanPage();

const FIRST = 'Will the ICB publish its financial plan?';
const SECOND = 'How many beds does the plan assume?';

const openAt = (search: string) => {
  history.replaceState(null, '', `/letter.html${search}`);
  render(<LetterApp />);
};
const draftItem = async (name: string) => (await screen.findByRole('link', { name })).closest('li') as HTMLElement;

describe('reopening a draft', () => {
  it('brings back what was typed, the paragraphs chosen and the questions left out', async () => {
    const [first, second] = await seedBasket([FIRST, SECOND]);
    const draft = await saveDraft({
      templateId: SCRUTINY,
      values: { recipient_name: 'Councillor Priya Shah' },
      includeParagraphs: ['next-meeting'],
      questionIds: [second.id],
    });
    openAt(`?draft=${draft.id}`);
    expect(await screen.findByDisplayValue('Councillor Priya Shah')).toBeTruthy();
    expect((screen.getByLabelText('Ask for it at the next meeting') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Ask for formal recommendations (regulation 22)') as HTMLInputElement).checked).toBe(
      false,
    );
    expect((screen.getByLabelText(FIRST) as HTMLInputElement).checked).toBe(false);
    expect(previewText()).toContain(SECOND);
    expect(previewText()).not.toContain(FIRST);
    expect(first.id).not.toBe(second.id);
  });

  it('goes back to the start, saying why, when the draft no longer exists', async () => {
    openAt('?draft=gone');
    expect((await screen.findByRole('alert')).textContent).toContain('could not be found');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Write a letter');
  });
});

describe('the start of the letter page', () => {
  it('offers every kind of letter with who it is for and when to use it', async () => {
    openAt('');
    const choice = await screen.findByRole('heading', { name: 'Ask the scrutiny chair to obtain the local NHS plans' });
    const item = choice.closest('li') as HTMLElement;
    expect(item.textContent).toContain('Who it is for');
    expect(item.textContent).toContain('When to use it');
  });

  it('starts a new letter on the kind chosen', async () => {
    openAt('');
    fireEvent.click(await screen.findByRole('button', { name: /^Write this letter\W+A public question/ }));
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toMatch(/A public question/);
    expect(location.search).toBe('?template=public-question');
  });

  it('opens the kind of letter named in the address', async () => {
    openAt('?template=foi-request');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toMatch(/Freedom of Information/);
  });
});

describe('the list of drafts', () => {
  const twoDrafts = async () => {
    await saveDraft({ name: 'To the chair', templateId: SCRUTINY, values: {}, includeParagraphs: [] });
    await saveDraft({ name: 'FOI to the ICB', templateId: 'foi-request', values: {}, includeParagraphs: [] });
  };

  it('lists drafts with the kind of letter each is', async () => {
    await twoDrafts();
    openAt('');
    expect((await draftItem('FOI to the ICB')).textContent).toContain('Freedom of Information request');
    expect((await draftItem('To the chair')).textContent).toContain('Ask the scrutiny chair');
  });

  it('opens a draft', async () => {
    await twoDrafts();
    openAt('');
    fireEvent.click(await screen.findByRole('link', { name: 'FOI to the ICB' }));
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toMatch(/Freedom of Information/);
    expect(location.search).toMatch(/^\?draft=/);
  });

  it('renames a draft', async () => {
    await twoDrafts();
    openAt('');
    fireEvent.click(within(await draftItem('To the chair')).getByRole('button', { name: 'Rename' }));
    fireEvent.input(screen.getByLabelText('New name'), { target: { value: 'To Cllr Shah' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
    expect(await screen.findByRole('link', { name: 'To Cllr Shah' })).toBeTruthy();
    expect((await listDrafts()).map((d) => d.name)).toContain('To Cllr Shah');
  });

  it('duplicates a draft', async () => {
    await twoDrafts();
    openAt('');
    fireEvent.click(within(await draftItem('To the chair')).getByRole('button', { name: 'Duplicate' }));
    expect(await screen.findByRole('link', { name: 'Copy of To the chair' })).toBeTruthy();
  });

  it('deletes a draft, and Undo puts it back', async () => {
    await twoDrafts();
    openAt('');
    fireEvent.click(within(await draftItem('To the chair')).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'To the chair' })).toBeNull());
    expect((await listDrafts()).map((d) => d.name)).toEqual(['FOI to the ICB']);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('link', { name: 'To the chair' })).toBeTruthy();
  });

  it('can undo deleting the last draft', async () => {
    await saveDraft({ name: 'Only one', templateId: SCRUTINY, values: {}, includeParagraphs: [] });
    openAt('');
    fireEvent.click(within(await draftItem('Only one')).getByRole('button', { name: 'Delete' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('link', { name: 'Only one' })).toBeTruthy();
  });
});
