import { clashesWith } from './claims';
import type { LocalTerm } from './schema';

export interface CollectionProblem {
  /** Position of the later of the two entries, the one to fix. */
  index: number;
  field: 'slug' | 'headword' | 'phrases' | 'acronyms';
  message: string;
}

export function termLabel(term: Pick<LocalTerm, 'headword'>, index: number): string {
  return `#${index + 1} “${term.headword}”`;
}

/**
 * Rules that no single entry can break alone: two terms with one id, or two
 * terms claiming the same wording (the page could mark it for only one).
 */
export function collectionProblems(terms: readonly LocalTerm[]): CollectionProblem[] {
  const problems: CollectionProblem[] = [];
  const slugOwner = new Map<string, number>();
  terms.forEach((term, index) => {
    const first = slugOwner.get(term.slug);
    if (first !== undefined) {
      problems.push({
        index,
        field: 'slug',
        message: `"${term.slug}" is also the slug of ${termLabel(terms[first], first)}`,
      });
    } else {
      slugOwner.set(term.slug, index);
    }
    for (const { claim, other } of clashesWith(term, terms.slice(0, index))) {
      const otherIndex = terms.indexOf(other);
      problems.push({
        index,
        field: claim.field,
        message: `"${claim.text}" is also claimed by ${termLabel(other, otherIndex)}`,
      });
    }
  });
  return problems;
}
