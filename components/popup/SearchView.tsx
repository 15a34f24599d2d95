import type { ComponentChildren, Ref } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { type TermFilter, visibleTerms } from '@/components/search/browse';
import { CategorySelect } from '@/components/search/CategorySelect';
import { TermCombobox } from '@/components/search/TermCombobox';
import type { Term } from '@/lib/glossary/schema';
import type { Glossary } from '@/lib/glossary/validate';
import { LetterJump } from './LetterJump';

interface Props {
  glossary: Glossary;
  filter: TermFilter;
  onFilterChange: (filter: TermFilter) => void;
  activeId: string | undefined;
  onActiveChange: (termId: string | undefined) => void;
  onOpen: (term: Term) => void;
  inputRef?: Ref<HTMLInputElement>;
  /** What belongs to the page rather than the glossary; shown only while nothing is typed. */
  pageSection?: ComponentChildren;
}

export const SEARCH_ID = 'sl-search';

/**
 * The A–Z list holds every term, far more than the popup shows at once: the
 * first screenful is drawn with the popup and the rest in the task after, so
 * the search box is ready sooner.
 */
const FIRST_ROWS = 24;

function matchCount(n: number): string {
  if (n === 0) return 'No terms match';
  return n === 1 ? '1 term matches' : `${n} terms match`;
}

/** Search the glossary, or browse it A–Z when nothing is typed. */
export function SearchView({
  glossary,
  filter,
  onFilterChange,
  activeId,
  onActiveChange,
  onOpen,
  inputRef,
  pageSection,
}: Props) {
  const terms = visibleTerms(glossary, filter);
  const searching = filter.query.trim() !== '';
  const [allRows, setAllRows] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setAllRows(true), 0);
    return () => clearTimeout(timer);
  }, []);
  useEffect(() => {
    // The benchmark reads this mark too: the moment the whole list is drawn.
    if (allRows) performance.mark('scrutiny-lens:popup-list-complete');
  }, [allRows]);
  const rows = allRows || searching ? terms : terms.slice(0, FIRST_ROWS);
  const focusSearch = () => document.getElementById(`${SEARCH_ID}-input`)?.focus();

  const categorySelect = (
    <CategorySelect
      id="sl-category"
      value={filter.category}
      onChange={(category) => {
        onFilterChange({ ...filter, category });
        onActiveChange(undefined);
      }}
    />
  );

  return (
    <TermCombobox
      id={SEARCH_ID}
      label="Search the glossary"
      query={filter.query}
      onQueryChange={(query) => {
        onFilterChange({ ...filter, query });
        onActiveChange(undefined);
      }}
      options={rows}
      listLabel={searching ? 'Search results' : 'Glossary terms'}
      activeId={activeId}
      onActiveChange={onActiveChange}
      onChoose={onOpen}
      inputRef={inputRef}
      between={
        <>
          {searching ? (
            categorySelect
          ) : (
            <>
              {pageSection}
              <section class="sl-browse" aria-labelledby="sl-browse-heading">
                <h2 id="sl-browse-heading" class="sl-section-heading">
                  All terms A–Z
                </h2>
                {categorySelect}
                <LetterJump
                  terms={terms}
                  onJump={(term) => {
                    onActiveChange(term.id);
                    focusSearch();
                  }}
                />
              </section>
            </>
          )}
          {/* One live region, always present, so every change of count is announced. */}
          <p class="sl-muted sl-result-count" role="status">
            {searching ? matchCount(terms.length) : ''}
          </p>
        </>
      }
      empty={
        searching ? (
          <p class="sl-empty">
            No terms match “{filter.query.trim()}”. Check the spelling, try fewer letters, or an abbreviation such as
            ICB.
          </p>
        ) : (
          <p class="sl-empty">No terms in this category.</p>
        )
      }
    />
  );
}
