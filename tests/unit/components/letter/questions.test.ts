import { describe, expect, it } from 'vitest';
import { chosenQuestions, excludedForDraft, excludedForNewLetter } from '@/components/letter/questions';
import type { BasketEntry, LetterDraft } from '@/lib/letters/drafts';
import { getTemplate } from '@/lib/letters/templates';

const entry = (id: string, addedAt: number): BasketEntry => ({
  id,
  text: `Question ${id}?`,
  source: { pageTitle: '', pageUrl: '' },
  addedAt,
});
const basket = [entry('a', 1), entry('b', 2), entry('c', 30)];

describe('which basket questions a letter uses', () => {
  it('a new letter uses them all', () => {
    expect(excludedForNewLetter(getTemplate('foi-request')!, basket)).toEqual([]);
  });

  it('a new public question uses only the first, as it takes one', () => {
    expect(excludedForNewLetter(getTemplate('public-question')!, basket)).toEqual(['b', 'c']);
  });

  it('a draft leaves out what it left out when saved, and takes questions added since', () => {
    const draft = { questionIds: ['a'], updatedAt: 10 } as LetterDraft;
    expect(excludedForDraft(draft, basket)).toEqual(['b']);
  });

  it('keeps the basket’s order', () => {
    expect(chosenQuestions(basket, ['b']).map((q) => q.id)).toEqual(['a', 'c']);
  });
});
