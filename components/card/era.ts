import type { Term } from '@/lib/glossary/schema';
import type { Glossary } from '@/lib/glossary/validate';
import { formatIsoDate, whenIsoDate } from './dates';
import { listInProse } from './prose';

export interface EraLine {
  status: Term['era']['status'];
  /** "Historical", "Proposed"; absent for a current term, which needs no warning. */
  label?: string;
  text: string;
}

/**
 * The line that says whether a term is still in use: loud for a historical or
 * proposed term, quiet (or nothing) for a current one.
 */
export function eraLineOf(term: Term, glossary: Pick<Glossary, 'termsById'>): EraLine | undefined {
  const { era } = term;
  const note = era.note ? ` ${era.note}` : '';
  if (era.status === 'historical') {
    const successors = (era.replacedBy ?? []).flatMap((id) => glossary.termsById.get(id)?.headword ?? []);
    const when = era.until ? ` ${whenIsoDate(era.until)}` : '';
    const what = successors.length
      ? `replaced by ${listInProse(successors)}${when}.`
      : when
        ? `ended${when}.`
        : 'no longer in use.';
    return { status: 'historical', label: 'Historical', text: `${what}${note}` };
  }
  if (era.status === 'proposed') {
    return { status: 'proposed', label: 'Proposed', text: `not in force yet.${note}` };
  }
  if (!era.from && !era.note) return undefined;
  const since = era.from ? `In use since ${formatIsoDate(era.from)}.` : '';
  return { status: 'current', text: `${since}${note}`.trim() };
}
