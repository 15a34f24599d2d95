import type { Term } from '../glossary/schema';

/** When two terms fit a query equally well, the one in use today comes first. */
const ERA_ORDER: Record<Term['era']['status'], number> = { current: 0, proposed: 1, historical: 2 };

export function byEraThenHeadword(a: Term, b: Term): number {
  return ERA_ORDER[a.era.status] - ERA_ORDER[b.era.status] || compareHeadwords(a, b);
}

// One collator for every comparison: localeCompare with options builds a new one per call, which made sorting
// the glossary A–Z the largest cost of opening the popup.
const HEADWORDS = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

/** A–Z as a reader expects it: case and accents ignored, numbers in numeric order. */
export function compareHeadwords(a: Term, b: Term): number {
  return HEADWORDS.compare(a.headword, b.headword);
}
