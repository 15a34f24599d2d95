import type { Term } from '@/lib/glossary/schema';

function sortKey(term: Term): string {
  return term.headword.toLocaleLowerCase('en-GB');
}

/** Every term A–Z with its abbreviations and summary: the plainest view of the glossary. */
export function GlossaryList({ terms }: { terms: readonly Term[] }) {
  const sorted = [...terms].sort((a, b) => sortKey(a).localeCompare(sortKey(b), 'en-GB'));
  return (
    <ul class="sl-glossary-list" aria-label="Glossary terms">
      {sorted.map((term) => (
        <li key={term.id} id={term.id}>
          <strong>{term.headword}</strong>
          {term.match.acronyms.length > 0 && <span class="sl-acronyms"> ({term.match.acronyms.join(', ')})</span>}
          {term.era.status === 'historical' && <span class="sl-era"> · historical</span>}
          <p>{term.summary}</p>
        </li>
      ))}
    </ul>
  );
}
