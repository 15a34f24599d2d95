import type { Question, Term } from '@/lib/glossary/schema';
import { addQuestion } from '@/lib/letters/drafts';

export interface ReadingPage {
  title: string;
  url: string;
}

/**
 * Gathers a card's question for the letter, with the sources behind it and
 * the page being read (none when the card was opened from the glossary).
 */
export async function addToBasket(question: Question, term: Term, page: ReadingPage | undefined): Promise<void> {
  const sourceRefs = question.basis ? [question.basis.source] : term.sources.map((s) => s.source);
  await addQuestion({
    text: question.text,
    termId: term.id,
    sourceRefs,
    pageTitle: page?.title ?? 'Scrutiny Lens glossary',
    pageUrl: page?.url ?? '',
  });
}
