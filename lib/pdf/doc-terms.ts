import type { FoundTerm } from '../messages';

/** A term found in a document, with the pages it is marked on (1-based, ascending). */
export interface DocumentTerm extends FoundTerm {
  pages: number[];
}

/**
 * The terms of a whole document, kept per page because pages are marked in
 * whatever order they render (the one in view first) while readers expect
 * document order: a term first seen on page 2 comes before one first seen on
 * page 9, however the marking went.
 */
export class DocumentTerms {
  private readonly byPage = new Map<number, readonly string[]>();

  /** Records the marks of one page, in page order, each as its term id; replaces what that page had. */
  setPage(page: number, termIds: readonly string[]): void {
    if (termIds.length) this.byPage.set(page, [...termIds]);
    else this.byPage.delete(page);
  }

  clear(): void {
    this.byPage.clear();
  }

  get markedPages(): number[] {
    return [...this.byPage.keys()].sort((a, b) => a - b);
  }

  /** How many marks each marked page has. */
  countsByPage(): Map<number, number> {
    return new Map([...this.byPage].map(([page, ids]) => [page, ids.length]));
  }

  /** Pages on which `termId` is marked. */
  pagesOf(termId: string): number[] {
    return this.markedPages.filter((p) => this.byPage.get(p)?.includes(termId));
  }

  terms(): DocumentTerm[] {
    const found = new Map<string, DocumentTerm>();
    for (const page of this.markedPages) {
      for (const termId of this.byPage.get(page) ?? []) {
        const entry = found.get(termId) ?? { termId, count: 0, pages: [] };
        found.set(termId, entry);
        entry.count++;
        if (entry.pages[entry.pages.length - 1] !== page) entry.pages.push(page);
      }
    }
    return [...found.values()];
  }
}
