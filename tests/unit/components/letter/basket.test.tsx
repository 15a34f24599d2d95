// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { LetterBuilder } from '@/components/letter/LetterBuilder';
import { addQuestion, listQuestions } from '@/lib/letters/drafts';
import { newLetter, previewText, SCRUTINY, seedBasket, TODAY, useCleanPage } from './helpers';

vi.mock('@/lib/glossary/data', () => import('./glossary-stub'));

useCleanPage();

const FIRST = 'Will the ICB publish its financial plan?';
const SECOND = 'How many beds does the plan assume?';
const THIRD = 'When will the committee see the savings plan?';

const open = async (texts = [FIRST, SECOND, THIRD]) => {
  const basket = await seedBasket(texts);
  render(<LetterBuilder initial={newLetter(SCRUTINY, basket)} onHome={() => {}} today={TODAY} />);
};
const basketList = () => screen.getByRole('list', { name: 'Your questions' });
const item = (text: string) => screen.getByText(text, { selector: 'label' }).closest('li') as HTMLElement;
const basketOrder = () =>
  within(basketList())
    .getAllByRole('checkbox')
    .map((c) => c.nextElementSibling?.textContent);
const letterQuestions = () => [...document.querySelectorAll('.sl-letter-questions > li')].map((li) => li.textContent);

describe('the questions basket', () => {
  it('shows each question with the title and address of the page it came from', async () => {
    await open([FIRST]);
    const link = within(item(FIRST)).getByRole('link', { name: 'Board papers, part 1' });
    expect(link.getAttribute('href')).toBe('https://www.example-icb.nhs.uk/board/papers-1.html');
    expect(item(FIRST).textContent).toContain('https://www.example-icb.nhs.uk/board/papers-1.html');
  });

  it('puts the basket’s questions into the letter in order', async () => {
    await open();
    expect(letterQuestions()).toEqual([
      expect.stringContaining(FIRST),
      expect.stringContaining(SECOND),
      expect.stringContaining(THIRD),
    ]);
  });

  it('moves a question down, in the basket and in the letter', async () => {
    await open();
    fireEvent.click(within(item(FIRST)).getByRole('button', { name: 'Move down' }));
    await waitFor(() => expect(basketOrder()).toEqual([SECOND, FIRST, THIRD]));
    expect(letterQuestions()[0]).toContain(SECOND);
    expect((await listQuestions()).map((q) => q.text)).toEqual([SECOND, FIRST, THIRD]);
  });

  it('keeps focus on the moved question’s button, so it can be moved again by keyboard', async () => {
    await open();
    fireEvent.click(within(item(THIRD)).getByRole('button', { name: 'Move up' }));
    await waitFor(() => expect(basketOrder()).toEqual([FIRST, THIRD, SECOND]));
    await waitFor(() =>
      expect(document.activeElement).toBe(within(item(THIRD)).getByRole('button', { name: 'Move up' })),
    );
  });

  it('cannot move the first question up or the last one down', async () => {
    await open();
    expect(within(item(FIRST)).getByRole('button', { name: 'Move up' }).hasAttribute('disabled')).toBe(true);
    expect(within(item(THIRD)).getByRole('button', { name: 'Move down' }).hasAttribute('disabled')).toBe(true);
  });

  it('removes a question from the basket and the letter', async () => {
    await open();
    fireEvent.click(within(item(SECOND)).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(basketOrder()).toEqual([FIRST, THIRD]));
    expect(previewText()).not.toContain(SECOND);
  });

  it('puts a removed question back where it was with Undo', async () => {
    await open();
    fireEvent.click(within(item(SECOND)).getByRole('button', { name: 'Remove' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(basketOrder()).toEqual([FIRST, SECOND, THIRD]));
    expect(letterQuestions()[1]).toContain(SECOND);
  });

  it('rewords a question', async () => {
    await open([FIRST]);
    fireEvent.click(within(item(FIRST)).getByRole('button', { name: 'Edit' }));
    fireEvent.input(screen.getByLabelText('Edit question 1'), {
      target: { value: 'Will the ICB publish it in full?' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save question' }));
    await waitFor(() => expect(letterQuestions()[0]).toContain('Will the ICB publish it in full?'));
  });

  it('will not save an empty question', async () => {
    await open([FIRST]);
    fireEvent.click(within(item(FIRST)).getByRole('button', { name: 'Edit' }));
    fireEvent.input(screen.getByLabelText('Edit question 1'), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save question' }));
    expect(await screen.findByText('A question cannot be empty.')).toBeTruthy();
  });

  it('takes a question the writer types', async () => {
    await open([]);
    fireEvent.input(screen.getByLabelText('Write your own question'), {
      target: { value: 'Who signed the plan off?' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add question' }));
    await waitFor(() => expect(letterQuestions()).toEqual([expect.stringContaining('Who signed the plan off?')]));
    expect(item('Who signed the plan off?').textContent).toContain('Written by you');
  });

  it('leaves an unticked question out of this letter but keeps it in the basket', async () => {
    await open([FIRST, SECOND]);
    fireEvent.click(screen.getByLabelText(FIRST));
    expect(letterQuestions()).toEqual([expect.stringContaining(SECOND)]);
    expect(basketOrder()).toEqual([FIRST, SECOND]);
  });

  it('shows a question added from a card in another tab while the letter is open', async () => {
    await open([FIRST]);
    await addQuestion({ text: SECOND, pageTitle: 'ICB board', pageUrl: 'https://www.example-icb.nhs.uk/' });
    await waitFor(() => expect(basketOrder()).toEqual([FIRST, SECOND]));
  });
});
