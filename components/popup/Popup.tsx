import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { addToBasket } from '@/components/card/add-to-basket';
import type { TermFilter } from '@/components/search/browse';
import type { Question, Term } from '@/lib/glossary/schema';
import type { Glossary } from '@/lib/glossary/validate';
import type { RevealReply } from '@/lib/messages';
import { useBasketCount } from './basket';
import { glossaryPath, LETTER_PATH, openExtensionTab } from './extension-pages';
import { LetterButton } from './LetterButton';
import { PageSection } from './PageSection';
import { sendToTab } from './page-terms';
import { SearchView } from './SearchView';
import { TermView } from './TermView';
import { readingPageOf, usePage } from './use-page';

interface Props {
  glossary: Glossary;
  /** From `?tab=`: speak for this tab rather than the active one (see tab.ts). */
  tabOverride?: number;
  /** Closes the popup; a no-op where there is nothing to close. */
  close?: () => void;
}

/** The toolbar popup: search and browse the glossary, the terms on the current page, and the way to a letter. */
export function Popup({ glossary, tabOverride, close = () => window.close() }: Props) {
  const [filter, setFilter] = useState<TermFilter>({ query: '', category: 'all' });
  const [activeId, setActiveId] = useState<string>();
  const [openTermId, setOpenTermId] = useState<string>();
  /** A term the reader chose whose every mark on the page is folded away or hidden. */
  const [foldedTermId, setFoldedTermId] = useState<string>();
  const { page, refresh } = usePage(tabOverride);
  const basketCount = useBasketCount();
  const searchInput = useRef<HTMLInputElement>(null);
  const openTerm = openTermId ? glossary.termsById.get(openTermId) : undefined;

  // The search box has focus whenever the search is showing: on open, and on the way back from a term.
  // In the commit that shows it, so keys typed straight after Escape reach the box.
  useLayoutEffect(() => {
    if (!openTerm) searchInput.current?.focus();
  }, [openTerm]);

  // The benchmark reads this mark: the popup is usable once the search box has focus over the rendered list.
  useEffect(() => {
    performance.mark('scrutiny-lens:popup-interactive');
  }, []);

  const openInTab = (path: string) => {
    void openExtensionTab(path).then(close);
  };

  const reveal = (termId: string) => {
    if (page.kind !== 'read') return;
    const tabId = page.tab.id;
    setFoldedTermId(undefined);
    void (async () => {
      const answer = (await sendToTab(tabId, { type: 'reveal-term', termId }).catch(() => undefined)) as
        | RevealReply
        | undefined;
      // Every mark of the term is where the reader cannot see it: closing would leave them with nothing.
      if (answer?.ok === false && answer.hidden) {
        setFoldedTermId(termId);
        return;
      }
      // Opened as a tab (?tab=), the popup covers the page it speaks for: bring that page forward.
      if (tabOverride !== undefined) await browser.tabs.update(tabId, { active: true }).catch(() => undefined);
      close();
    })();
  };

  const addQuestion = (question: Question, term: Term) => {
    void addToBasket(question, term, readingPageOf(page));
  };

  return (
    <main class="sl-popup">
      <header class="sl-popup__header">
        <h1 class="sl-popup__title">Scrutiny Lens</h1>
        <LetterButton count={basketCount} onWrite={() => openInTab(LETTER_PATH)} />
      </header>
      {openTerm ? (
        <TermView
          term={openTerm}
          glossary={glossary}
          onBack={() => setOpenTermId(undefined)}
          onChooseTerm={setOpenTermId}
          onAddQuestion={addQuestion}
          onOpenGlossary={(termId) => openInTab(glossaryPath(termId))}
        />
      ) : (
        <SearchView
          glossary={glossary}
          filter={filter}
          onFilterChange={setFilter}
          activeId={activeId}
          onActiveChange={setActiveId}
          onOpen={(term) => {
            setActiveId(term.id);
            setOpenTermId(term.id);
          }}
          inputRef={searchInput}
          pageSection={
            <PageSection
              page={page}
              glossary={glossary}
              onReveal={reveal}
              foldedTermId={foldedTermId}
              onPageChanged={refresh}
            />
          }
        />
      )}
      <footer class="sl-popup__footer">
        <button type="button" class="sl-button sl-button--quiet" onClick={() => openInTab(glossaryPath())}>
          Open the full glossary
        </button>
      </footer>
    </main>
  );
}
