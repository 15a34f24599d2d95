import type { Term } from '@/lib/glossary/schema';

/** One line of a term list: headword, short forms and, when not current, its era. */
export function TermSummaryLine({ term }: { term: Term }) {
  const shortForms = term.match.acronyms.filter((a) => a !== term.headword);
  return (
    <>
      <span class="sl-option__headword">{term.headword}</span>
      {shortForms.length > 0 && <span class="sl-option__abbr"> ({shortForms.join(', ')})</span>}
      {term.era.status !== 'current' && <span class={`sl-tag sl-tag--${term.era.status}`}> {term.era.status}</span>}
    </>
  );
}
