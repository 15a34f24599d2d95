import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Question, Term } from '@/lib/glossary/schema';
import type { Glossary } from '@/lib/glossary/validate';
import { addQuestion } from '@/lib/letters/drafts';
import type { DocumentTerm } from '@/lib/pdf/doc-terms';
import { NO_TEXT_NOTICE } from '@/lib/pdf/failures';
import { documentTitle, pdfYear } from '@/lib/pdf/title';
import { fileTitle, originalUrl } from '@/lib/pdf/url';
import { type ZoomChoice, zoomIn, zoomOut } from '@/lib/pdf/zoom';
import { loadSettings } from '@/lib/settings/store';
import { CardPopover, type CardTarget } from './CardPopover';
import { engineOnce } from './engine-config';
import { FindBar } from './FindBar';
import type { FindState } from './find-controller';
import { useViewerKeys } from './keys';
import { listenForTabMessages } from './messages';
import type { DocumentSource } from './open-document';
import { reportTermsToBackground } from './report';
import { watchSelection } from './selection';
import { ViewerSession } from './session';
import { viewerStats } from './stats';
import { TermsList } from './TermsList';
import { Thumbnails } from './Thumbnails';
import { Toolbar } from './Toolbar';

interface Props {
  pdf: PDFDocumentProxy;
  source: DocumentSource;
  initialPage?: number;
  onFile(file: File): void;
}

type SidebarTab = 'pages' | 'terms';

/** An open document: toolbar, sidebar, pages, find and the card. */
export function DocumentScreen({ pdf, source, initialPage, onFile }: Props) {
  const pagesRef = useRef<HTMLDivElement>(null);
  const cardEl = useRef<HTMLElement | null>(null);
  const session = useRef<ViewerSession | undefined>(undefined);
  const [glossary, setGlossary] = useState<Glossary>();
  const [title, setTitle] = useState(source.fileName ?? (source.src ? fileTitle(source.src) : 'PDF document'));
  const [page, setPage] = useState(initialPage ?? 1);
  const [zoom, setZoom] = useState<{ scale: number; choice: ZoomChoice }>({ scale: 1, choice: 'fit-width' });
  const [terms, setTerms] = useState<DocumentTerm[]>([]);
  const [marksOnPage, setMarksOnPage] = useState<ReadonlyMap<number, number>>(new Map());
  const [complete, setComplete] = useState(false);
  const [noText, setNoText] = useState(false);
  const [sidebar, setSidebar] = useState<SidebarTab | null>(() => (window.innerWidth >= 900 ? 'pages' : null));
  const [findOpen, setFindOpen] = useState(false);
  const [find, setFind] = useState<FindState>();
  const [card, setCard] = useState<CardTarget>();
  const [aspect, setAspect] = useState(Math.SQRT2);
  const titleRef = useRef(title);
  titleRef.current = title;

  useEffect(() => {
    let disposed = false;
    let stopReporting: (() => void) | undefined;
    void (async () => {
      const [engine, settings, meta, first] = await Promise.all([
        engineOnce(viewerStats.meter),
        loadSettings(),
        pdf.getMetadata().catch(() => undefined),
        pdf.getPage(1),
      ]);
      if (disposed || !pagesRef.current) return;
      const info = (meta?.info ?? {}) as { Title?: unknown; CreationDate?: unknown };
      setTitle((t) => documentTitle(info.Title, t));
      const vp = first.getViewport({ scale: 1 });
      setAspect(vp.height / vp.width);
      setGlossary(engine.glossary);
      // The toolbar and page list render in this task; the pages are laid out in the next.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (disposed || !pagesRef.current) return;
      const s = new ViewerSession(pdf, pagesRef.current, engine, settings, pdfYear(info.CreationDate), {
        onPage: setPage,
        onScale: (scale, choice) => setZoom({ scale, choice }),
        onMarks: () => {
          setTerms(s.marker.terms.terms());
          setMarksOnPage(s.marksPerPage());
          viewerStats.marks = s.marker.painter.size;
        },
        onFind: setFind,
        onAllRead: (withText) => {
          setComplete(true);
          setNoText(withText === 0);
        },
        onOpenCard: setCard,
        onCloseCard: () => setCard(undefined),
        isOverCard: (target) => Boolean(target instanceof Node && cardEl.current?.contains(target)),
      });
      session.current = s;
      stopReporting = reportTermsToBackground(() => s.marker.terms.terms());
      viewerStats.openedMs = performance.now();
      await s.start(initialPage);
    })();
    return () => {
      disposed = true;
      stopReporting?.();
      session.current?.dispose();
      session.current = undefined;
    };
  }, [pdf, initialPage]);

  useEffect(() => {
    document.title = `${title} – Scrutiny Lens`;
  }, [title]);

  useEffect(
    () =>
      listenForTabMessages(() => ({
        pageTerms: () => ({
          url: source.src ?? '',
          title: titleRef.current,
          on: true,
          terms: session.current?.marker.terms.terms() ?? [],
        }),
        revealTerm: (termId) => session.current?.revealTerm(termId) ?? false,
        stepMark: (direction) => session.current?.stepMark(direction) ?? false,
        explain: (termId) => session.current?.explain(termId) ?? false,
      })),
    [source.src],
  );

  useEffect(() => watchSelection(), []);

  const closeCard = useCallback(() => session.current?.closeCard(), []);
  const openFind = useCallback(() => setFindOpen(true), []);
  const closeFind = useCallback(() => {
    setFindOpen(false);
    session.current?.find.clear();
  }, []);
  const zoomTo = useCallback((choice: ZoomChoice) => session.current?.setZoom(choice), []);

  useViewerKeys({
    openFind,
    closeAll: () => {
      if (card) closeCard();
      else if (findOpen) closeFind();
    },
    zoom: (how) => {
      if (how === 'fit') zoomTo('fit-width');
      else zoomTo(how === 'in' ? zoomIn(zoom.scale) : zoomOut(zoom.scale));
    },
    stepMark: (direction) => session.current?.stepMark(direction),
  });

  const search = useCallback(
    (query: string) => session.current?.find.search(query, session.current.view.currentPage),
    [],
  );

  const onAddQuestion = useCallback(
    (question: Question, term: Term, pdfPage: number) =>
      void addQuestion({
        text: question.text,
        termId: term.id,
        ...(question.basis ? { sourceRefs: [question.basis.source] } : {}),
        pageTitle: titleRef.current,
        pageUrl: source.src ?? '',
        pdfPage,
      }).catch((error) => console.warn('Scrutiny Lens could not add the question', error)),
    [source.src],
  );

  return (
    <div class="sl-document">
      <Toolbar
        title={title}
        page={page}
        pageCount={pdf.numPages}
        scale={zoom.scale}
        zoomChoice={zoom.choice}
        original={source.src ? originalUrl(source.src, page) : undefined}
        sidebarOpen={sidebar !== null}
        findOpen={findOpen}
        onToggleSidebar={() => setSidebar((s) => (s ? null : 'pages'))}
        onGoToPage={(n) => session.current?.goToPage(n)}
        onZoom={zoomTo}
        onToggleFind={() => (findOpen ? closeFind() : openFind())}
        onFile={onFile}
      />
      {noText && (
        <p class="sl-notice" role="status" data-testid="no-text-notice">
          {NO_TEXT_NOTICE}
        </p>
      )}
      <div class="sl-layout">
        {sidebar && (
          <nav id="sl-sidebar" class="sl-sidebar" aria-label="Pages and terms">
            <div class="sl-sidebar__tabs">
              <button
                type="button"
                class="sl-button"
                aria-pressed={sidebar === 'pages'}
                onClick={() => setSidebar('pages')}
              >
                Pages
              </button>
              <button
                type="button"
                class="sl-button"
                aria-pressed={sidebar === 'terms'}
                onClick={() => setSidebar('terms')}
              >
                Terms ({terms.length})
              </button>
            </div>
            {sidebar === 'pages' ? (
              <Thumbnails
                pdf={pdf}
                current={page}
                marksOnPage={marksOnPage}
                aspect={aspect}
                onGo={(n) => session.current?.goToPage(n)}
              />
            ) : (
              glossary && (
                <TermsList
                  terms={terms}
                  glossary={glossary}
                  complete={complete}
                  onShow={(id, p) => session.current?.revealTerm(id, p)}
                />
              )
            )}
          </nav>
        )}
        <main class="sl-pages-area" aria-label={`${title}, ${pdf.numPages} pages`}>
          <div ref={pagesRef} class="sl-pages" />
        </main>
      </div>
      {findOpen && (
        <FindBar
          state={find}
          initialQuery={session.current?.find.lastQuery ?? ''}
          onSearch={search}
          onStep={(d) => session.current?.find.step(d)}
          onClose={closeFind}
        />
      )}
      {card && glossary && (
        <CardPopover
          target={card}
          glossary={glossary}
          onChooseSense={(term) => setCard((c) => (c ? { ...c, termId: term.id, fromKeyboard: false } : c))}
          onAddQuestion={onAddQuestion}
          onOpenGlossary={(termId) =>
            void browser.runtime.sendMessage({ type: 'open-glossary', termId }).catch(() => undefined)
          }
          onClose={closeCard}
          cardRef={(el) => {
            cardEl.current = el;
          }}
        />
      )}
    </div>
  );
}
