import type { Term } from '@/lib/glossary/schema';
import type { Glossary } from '@/lib/glossary/validate';

/** The other meanings of a term's shared abbreviation (ICP, STP), in glossary order. */
export function otherSensesOf(term: Term, glossary: Pick<Glossary, 'terms'>): Term[] {
  const group = term.sense?.group;
  if (!group) return [];
  return glossary.terms.filter((t) => t !== term && t.id !== term.id && t.sense?.group === group);
}

/** The abbreviation the senses share, to say "ICP can also mean…"; the group name if they share none. */
export function sharedAbbreviation(term: Term, others: readonly Term[]): string | undefined {
  const shared = term.match.acronyms.find((a) => others.every((o) => o.match.acronyms.includes(a)));
  return shared ?? term.sense?.group;
}
