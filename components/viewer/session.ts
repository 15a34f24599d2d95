import type { PDFDocumentProxy } from 'pdfjs-dist';
import { markCss } from '@/lib/content/mark-styles';
import { installPageStyles, type PageStyles } from '@/lib/content/page-styles';
import type { Mark } from '@/lib/content/painter';
import type { ZoomChoice } from '@/lib/pdf/zoom';
import type { Settings } from '@/lib/settings/schema';
import { watchSettings } from '@/lib/settings/store';
import type { CardTarget } from './CardPopover';
import { DocumentView } from './document-view';
import { type Engine, matchConfig } from './engine-config';
import { FindController, type FindState } from './find-controller';
import { markRange, watchHover } from './hover';
import { PageMarker } from './marking';
import { viewerStats } from './stats';

const MARKS_EVERY_MS = 300;

export interface SessionEvents {
  onPage(page: number): void;
  onScale(scale: number, choice: ZoomChoice): void;
  /** Marks changed on some page (throttled). */
  onMarks(): void;
  onFind(state: FindState): void;
  onAllRead(pagesWithText: number): void;
  onOpenCard(target: CardTarget): void;
  onCloseCard(): void;
  isOverCard(target: EventTarget | null): boolean;
}

/**
 * One open document: its pages, the marker, find and the hover watcher, wired
 * together outside Preact so that rendering the toolbar never touches the
 * thousands of nodes in the text layers.
 */
export class ViewerSession {
  readonly marker: PageMarker;
  readonly view: DocumentView;
  readonly find: FindController;
  private readonly styles: PageStyles;
  private readonly stops: Array<() => void> = [];
  private marksTimer: ReturnType<typeof setTimeout> | undefined;
  private allRead = false;
  private pagesWithText = 0;
  private focused: Mark | undefined;

  constructor(
    pdf: PDFDocumentProxy,
    container: HTMLElement,
    private readonly engine: Engine,
    settings: Settings,
    private readonly year: number | undefined,
    private readonly events: SessionEvents,
  ) {
    this.styles = installPageStyles(document);
    this.applyStyles(settings);
    this.marker = new PageMarker(document, matchConfig(engine, settings, year), viewerStats.meter);
    viewerStats.pages = pdf.numPages;
    this.view = new DocumentView(container, pdf, this.marker, {
      onPageChange: (page) => events.onPage(page),
      onScale: (scale, choice) => events.onScale(scale, choice),
      onPageRead: (page, hasText) => this.pageRead(page, hasText),
      onAllRead: () => {
        this.allRead = true;
        viewerStats.allReadMs ??= performance.now();
        events.onAllRead(this.pagesWithText);
        this.find.refresh();
      },
    });
    this.find = new FindController(
      this.marker,
      () => this.readPages(),
      () => this.allRead,
      (page, rect) => this.reveal(page, rect),
      (state) => events.onFind(state),
    );
    this.stops.push(
      watchHover(container, this.marker.painter, {
        open: (mark) => this.openCard(mark, false),
        close: () => this.closeCard(),
        isOverCard: events.isOverCard,
      }),
      watchSettings((next) => {
        this.applyStyles(next);
        void this.marker
          .reconfigure(matchConfig(this.engine, next, this.year), this.readingOrder())
          .then(() => this.marksChanged());
      }),
    );
  }

  start(initialPage?: number): Promise<void> {
    return this.view.start(initialPage);
  }

  get complete(): boolean {
    return this.allRead;
  }

  private applyStyles(settings: Settings): void {
    // Pages are printed on white, whatever the browser's theme, so the light colours keep their contrast.
    this.styles.update(markCss(settings.marks.style, settings.marks.colours, 'light'));
  }

  private readPages(): number[] {
    return this.view.pages.filter((p) => this.marker.textOf(p.number)).map((p) => p.number);
  }

  private readingOrder(): number[] {
    const current = this.view.currentPage;
    return this.view.pages.map((p) => p.number).sort((a, b) => Math.abs(a - current) - Math.abs(b - current));
  }

  private pageRead(page: number, hasText: boolean): void {
    viewerStats.pagesRead++;
    if (hasText) {
      this.pagesWithText++;
      viewerStats.pagesWithText++;
    }
    viewerStats.marks = this.marker.painter.size;
    if (viewerStats.firstMarkedMs === undefined && this.marker.terms.countsByPage().has(page))
      viewerStats.firstMarkedMs = performance.now();
    this.find.pageRead(page);
    this.marksChanged();
  }

  /** Tells the page list and terms list, at most every MARKS_EVERY_MS: a list redrawn per page read would cost more than the reading. */
  private marksChanged(): void {
    if (this.marksTimer) return;
    this.marksTimer = setTimeout(() => {
      this.marksTimer = undefined;
      this.events.onMarks();
    }, MARKS_EVERY_MS);
  }

  /** Scrolls so that `rect` (or the top of `page`) sits a third of the way down the window. */
  reveal(page: number, rect?: DOMRect): void {
    if (!rect || (rect.width === 0 && rect.height === 0)) {
      this.view.scrollToPage(page);
      return;
    }
    const toolbar = document.querySelector<HTMLElement>('.sl-toolbar')?.offsetHeight ?? 0;
    if (rect.top < toolbar + 8 || rect.bottom > window.innerHeight - 8) {
      window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: 'instant' });
    }
  }

  goToPage(page: number): void {
    this.view.scrollToPage(page);
  }

  setZoom(choice: ZoomChoice): void {
    this.view.setZoom(choice);
  }

  openCard(mark: Mark, fromKeyboard: boolean): void {
    const page = this.marker.pageOf(mark.block) ?? this.view.currentPage;
    this.focused = mark;
    this.marker.painter.setFocus(mark);
    this.events.onOpenCard({ mark, termId: mark.termIds[0], page, fromKeyboard });
  }

  closeCard(): void {
    this.marker.painter.setFocus(undefined);
    this.events.onCloseCard();
  }

  private show(mark: Mark): void {
    const page = this.marker.pageOf(mark.block);
    if (page) this.reveal(page, markRange(mark).getBoundingClientRect());
    this.openCard(mark, true);
  }

  /** The next (or previous) mark after the one in focus, or from the page being read; opens its card. */
  stepMark(direction: 1 | -1): boolean {
    const marks = this.marker.painter.marks();
    if (!marks.length) return false;
    let i = this.focused ? marks.indexOf(this.focused) : -1;
    if (i < 0) {
      const current = this.view.currentPage;
      const from = marks.findIndex((m) => (this.marker.pageOf(m.block) ?? 0) >= current);
      i = direction > 0 ? (from < 0 ? 0 : from) - 1 : from < 0 ? marks.length : from;
    }
    const next = marks[(i + direction + marks.length) % marks.length];
    this.show(next);
    return true;
  }

  /** The next occurrence of a term (on `page`, when given), as the popup's "On this page" asks. */
  revealTerm(termId: string, page?: number): boolean {
    const marks = this.marker.painter
      .marks()
      .filter((m) => m.termIds[0] === termId && (page === undefined || this.marker.pageOf(m.block) === page));
    if (!marks.length) return false;
    const at = this.focused ? marks.indexOf(this.focused) : -1;
    this.show(page !== undefined ? marks[0] : marks[(at + 1) % marks.length]);
    return true;
  }

  /**
   * Opens the card for `termId` beside the reader's selection (the context
   * menu's "Explain"), or at the term's next mark when nothing on the pages is
   * selected.
   */
  explain(termId: string | undefined): boolean {
    if (!termId || !this.engine.glossary.termsById.has(termId)) return false;
    const selection = document.getSelection();
    const range = selection && !selection.isCollapsed ? selection.getRangeAt(0) : undefined;
    const page = range ? this.marker.pageOf(range.startContainer) : undefined;
    const layer = page ? this.marker.textOf(page)?.layer : undefined;
    if (!range || !page || !layer) return this.revealTerm(termId);
    const mark: Mark = {
      range: new StaticRange({
        startContainer: range.startContainer,
        startOffset: range.startOffset,
        endContainer: range.endContainer,
        endOffset: range.endOffset,
      }),
      nodes: [range.startContainer],
      termIds: [termId],
      kind: 'term',
      block: layer,
    };
    this.focused = undefined;
    this.events.onOpenCard({ mark, termId, page, fromKeyboard: true });
    return true;
  }

  marksPerPage(): Map<number, number> {
    return this.marker.terms.countsByPage();
  }

  dispose(): void {
    for (const stop of this.stops) stop();
    if (this.marksTimer) clearTimeout(this.marksTimer);
    this.find.dispose();
    this.view.destroy();
    this.marker.dispose();
    this.styles.remove();
  }
}
