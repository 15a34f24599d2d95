import type { BasketEntry, LetterDraft } from '@/lib/letters/drafts';
import type { LetterTemplate } from '@/lib/letters/schema';

/*
 * The basket is shared by every letter; each letter keeps only which of its
 * questions it uses. Order lives in the basket, so "Move up" means the same
 * thing everywhere.
 */

/** The most questions a template takes (a public question takes one), if it sets a limit. */
export function maxQuestions(template: LetterTemplate): number | undefined {
  for (const block of template.body) if (block.type === 'questions') return block.maxQuestions;
  return undefined;
}

/** A new letter uses every question in the basket, up to the template's limit. */
export function excludedForNewLetter(template: LetterTemplate, basket: readonly BasketEntry[]): string[] {
  const max = maxQuestions(template);
  return max === undefined ? [] : basket.slice(max).map((q) => q.id);
}

/**
 * A saved letter leaves out the questions that were in the basket when it was
 * last saved but not chosen. Questions added since then are put in: the writer
 * most likely added them for the letter they are working on.
 */
export function excludedForDraft(draft: LetterDraft, basket: readonly BasketEntry[]): string[] {
  const chosen = new Set(draft.questionIds);
  return basket.filter((q) => !chosen.has(q.id) && q.addedAt <= draft.updatedAt).map((q) => q.id);
}

/** The questions this letter uses, in basket order. */
export function chosenQuestions(basket: readonly BasketEntry[], excluded: readonly string[]): BasketEntry[] {
  const out = new Set(excluded);
  return basket.filter((q) => !out.has(q.id));
}
