// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LetterApp } from '@/components/letter/LetterApp';
import { LetterBuilder } from '@/components/letter/LetterBuilder';
import { listDrafts, saveDraft } from '@/lib/letters/drafts';
import { newLetter, SCRUTINY, TODAY, type, useCleanPage } from './helpers';

vi.mock('@/lib/glossary/data', () => import('./glossary-stub'));

useCleanPage();
beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
afterEach(() => vi.useRealTimers());

const openNew = () => render(<LetterBuilder initial={newLetter(SCRUTINY)} onHome={() => {}} today={TODAY} />);

describe('autosave', () => {
  it('saves nothing while the writer is still typing', async () => {
    openNew();
    type('Your name', 'Alex');
    await vi.advanceTimersByTimeAsync(400);
    expect(await listDrafts()).toEqual([]);
  });

  it('saves a new letter as a draft half a second after the writer stops', async () => {
    openNew();
    type('Your name', 'Alex');
    await vi.advanceTimersByTimeAsync(600);
    const drafts = await listDrafts();
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ templateId: SCRUTINY, values: { your_name: 'Alex' } });
  });

  it('keeps a burst of typing in one draft, with the last value', async () => {
    openNew();
    for (const v of ['A', 'Al', 'Alex']) {
      type('Your name', v);
      await vi.advanceTimersByTimeAsync(700);
    }
    const drafts = await listDrafts();
    expect(drafts).toHaveLength(1);
    expect(drafts[0].values.your_name).toBe('Alex');
  });

  it('says “Saved” in a live region', async () => {
    openNew();
    type('Your name', 'Alex');
    await vi.advanceTimersByTimeAsync(600);
    expect(screen.getByText('Saved').getAttribute('role')).toBe('status');
  });

  it('writes nothing when a draft is only opened', async () => {
    const draft = await saveDraft({ templateId: SCRUTINY, values: { your_name: 'Alex' }, includeParagraphs: [] });
    render(
      <LetterBuilder
        initial={{ ...newLetter(SCRUTINY), draftId: draft.id, values: draft.values, includeParagraphs: [] }}
        onHome={() => {}}
        today={TODAY}
      />,
    );
    await vi.advanceTimersByTimeAsync(2000);
    expect((await listDrafts())[0].updatedAt).toBe(draft.updatedAt);
  });

  it('saves what was typed when the page closes before the pause is over', async () => {
    openNew();
    type('Your name', 'Alex');
    cleanup();
    await vi.advanceTimersByTimeAsync(0);
    expect((await listDrafts())[0]?.values.your_name).toBe('Alex');
  });

  it('puts the new draft in the page address, so a reload reopens it', async () => {
    history.replaceState(null, '', `/letter.html?template=${SCRUTINY}`);
    render(<LetterApp />);
    await vi.advanceTimersByTimeAsync(50);
    type('Your name', 'Alex');
    await vi.advanceTimersByTimeAsync(600);
    const [draft] = await listDrafts();
    expect(location.search).toBe(`?draft=${draft.id}`);
  });
});
