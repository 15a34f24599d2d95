import { useCallback, useEffect, useState } from 'preact/hooks';
import { LETTERS, letterOf, type TermFilter, visibleTerms } from '@/components/search/browse';
import type { Question, Term } from '@/lib/glossary/schema';
import type { Glossary } from '@/lib/glossary/validate';
import { focusEntry, useHashTerm } from './deep-link';
import { GlossaryEntry } from './GlossaryEntry';
import { GlossaryFilters } from './GlossaryFilters';

interface Props {
  glossary: Glossary;
  onAddQuestion?: (question: Question, term: Term) => void;
  /** A search to start with (glossary.html?q=…, from a card's "Search the glossary"). */
  initialQuery?: string;
}

const NO_FILTER: TermFilter = { query: '', category: 'all', era: 'all' };

const DIGITS = '0–9';

const letterId = (letter: string) => `sl-letter-${letter === DIGITS ? 'digits' : letter.toLowerCase()}`;

function byLetter(terms: readonly Term[]): Array<[string, Term[]]> {
  const groups = new Map<string, Term[]>();
  for (const term of terms) {
    const letter = letterOf(term);
    groups.set(letter, [...(groups.get(letter) ?? []), term]);
  }
  return [...groups];
}

/** Every term A–Z with its full card; searchable, filterable, and linkable by term id. */
export function GlossaryPage({ glossary, onAddQuestion, initialQuery = '' }: Props) {
  const [filter, setFilter] = useState<TermFilter>({ ...NO_FILTER, query: initialQuery });
  const [linkedId, setLinkedId] = useState<string>();
  const terms = visibleTerms(glossary, filter);
  const searching = filter.query.trim() !== '';

  // A link names a term the filters may be hiding; show everything so the link always lands.
  const followLink = useCallback(
    (termId: string) => {
      if (!glossary.termsById.has(termId)) return;
      setFilter((current) => (visibleTerms(glossary, current).some((t) => t.id === termId) ? current : NO_FILTER));
      setLinkedId(termId);
    },
    [glossary],
  );
  useHashTerm(followLink);

  useEffect(() => {
    if (linkedId && focusEntry(linkedId)) setLinkedId(undefined);
  }, [linkedId, terms]);

  const entry = (term: Term) => (
    <GlossaryEntry key={term.id} term={term} glossary={glossary} onAddQuestion={onAddQuestion} />
  );
  const groups = byLetter(terms);

  return (
    <main class="sl-glossary">
      <header class="sl-glossary__header">
        <h1>Scrutiny Lens glossary</h1>
        <p class="sl-glossary__intro">
          NHS planning terms in plain English: what each means, whether it is still in use, where the official guidance
          is, and questions you can ask your council or NHS.
        </p>
      </header>
      <GlossaryFilters filter={filter} onChange={setFilter} shown={terms.length} total={glossary.terms.length} />
      {terms.length === 0 && <p class="sl-glossary__empty">No terms match. Check the spelling or clear a filter.</p>}
      {searching ? (
        <ol class="sl-glossary__list" aria-label="Search results">
          {terms.map(entry)}
        </ol>
      ) : (
        <>
          <nav class="sl-glossary__az" aria-label="Letters">
            {(groups.some(([l]) => l === DIGITS) ? [DIGITS, ...LETTERS] : LETTERS).map((letter) =>
              groups.some(([l]) => l === letter) ? (
                <a key={letter} href={`#${letterId(letter)}`}>
                  {letter}
                </a>
              ) : (
                <span key={letter} class="sl-glossary__az-empty" aria-hidden="true">
                  {letter}
                </span>
              ),
            )}
          </nav>
          {groups.map(([letter, group]) => (
            <section key={letter} class="sl-glossary__letter" aria-labelledby={letterId(letter)}>
              <h2 id={letterId(letter)}>{letter}</h2>
              <ul class="sl-glossary__list">{group.map(entry)}</ul>
            </section>
          ))}
        </>
      )}
    </main>
  );
}
