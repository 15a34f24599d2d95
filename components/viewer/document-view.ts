import type { PDFDocumentProxy } from 'pdfjs-dist';
import { fitWidth, type ZoomChoice } from '@/lib/pdf/zoom';
import type { PageMarker } from './marking';
import { PageView } from './page-view';

export interface DocumentViewEvents {
  /** The page at the reading line changed (scrolling, a jump, a zoom). */
  onPageChange(page: number): void;
  /** A page's text layer was read and marked; `hasText` is false for a page that is only a picture. */
  onPageRead(page: number, hasText: boolean): void;
  /** Every page has been read. */
  onAllRead(): void;
  onScale(scale: number, choice: ZoomChoice): void;
}

/** Canvases kept alive at once; a page's picture costs width × height × 4 bytes. */
const MAX_CANVASES = 10;
/** Space around pages, for fit-width. */
const PAGE_GUTTER = 32;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * All the pages of one document in a scrolling column. Pictures are drawn only
 * near the view; text layers are drawn for every page, nearest the reader
 * first, one page per task, and each is marked as soon as it exists, so the
 * page being read is marked first and a 200-page pack never blocks input.
 */
export class DocumentView {
  readonly pages: PageView[] = [];
  private readonly near = new Set<number>();
  private readonly reads = new Map<number, Promise<boolean>>();
  private readonly unread = new Set<number>();
  private observer: IntersectionObserver | undefined;
  private drawing = false;
  private reading = false;
  private destroyed = false;
  private current = 1;
  private scale = 1;
  private choice: ZoomChoice = 'fit-width';
  private scrollFrame = 0;
  /** Aborts the marking of pages when the document is closed. */
  private readonly cancellation = {
    isDestroyed: () => this.destroyed,
    get aborted() {
      return this.isDestroyed();
    },
  };

  constructor(
    readonly container: HTMLElement,
    readonly pdf: PDFDocumentProxy,
    private readonly marker: PageMarker,
    private readonly events: DocumentViewEvents,
  ) {}

  async start(initialPage = 1, zoom: ZoomChoice = 'fit-width'): Promise<void> {
    const first = await this.pdf.getPage(1);
    const vp = first.getViewport({ scale: 1 });
    const size = { width: vp.width, height: vp.height };
    const fragment = document.createDocumentFragment();
    for (let n = 1; n <= this.pdf.numPages; n++) {
      const page = new PageView(this.pdf, n, size);
      this.pages.push(page);
      this.unread.add(n);
      fragment.append(page.div);
    }
    this.container.append(fragment);
    this.setZoom(zoom);
    this.observer = new IntersectionObserver((entries) => this.onIntersect(entries), { rootMargin: '50% 0px' });
    for (const page of this.pages) this.observer.observe(page.div);
    window.addEventListener('scroll', this.onScroll, { passive: true });
    window.addEventListener('resize', this.onResize);
    if (initialPage > 1) this.scrollToPage(initialPage);
    this.updateCurrent();
    void this.readLoop();
  }

  get currentPage(): number {
    return this.current;
  }

  get pageCount(): number {
    return this.pages.length;
  }

  get zoom(): { scale: number; choice: ZoomChoice } {
    return { scale: this.scale, choice: this.choice };
  }

  setZoom(choice: ZoomChoice): void {
    const anchor = this.anchor();
    this.choice = choice;
    const scale = choice === 'fit-width' ? this.fitScale() : choice;
    this.scale = scale;
    for (const page of this.pages) page.setScale(scale);
    if (anchor) this.scrollToPage(anchor.page, anchor.fraction);
    this.events.onScale(scale, choice);
    void this.drawNear();
  }

  private fitScale(): number {
    const page = this.pages[this.current - 1] ?? this.pages[0];
    return fitWidth(page?.size.width ?? 612, this.container.clientWidth - PAGE_GUTTER);
  }

  /** Where the reader is, as a page and how far down it, so a zoom keeps them there. */
  private anchor(): { page: number; fraction: number } | undefined {
    const page = this.pages[this.current - 1];
    if (!page || window.scrollY === 0) return undefined;
    const rect = page.div.getBoundingClientRect();
    return { page: this.current, fraction: rect.height ? Math.max(0, -rect.top) / rect.height : 0 };
  }

  scrollToPage(n: number, fraction = 0): void {
    const page = this.pages[Math.min(Math.max(n, 1), this.pages.length) - 1];
    if (!page) return;
    const top = page.div.getBoundingClientRect().top + window.scrollY;
    const toolbar = document.querySelector<HTMLElement>('.sl-toolbar')?.offsetHeight ?? 0;
    window.scrollTo({ top: top - toolbar - 8 + fraction * page.div.offsetHeight, behavior: 'instant' });
    this.updateCurrent();
  }

  /** Makes sure page `n` has been read and marked, ahead of the queue (find, a jump to a term). */
  read(n: number): Promise<boolean> {
    let promise = this.reads.get(n);
    if (!promise) {
      this.unread.delete(n);
      promise = this.readPage(n);
      this.reads.set(n, promise);
    }
    return promise;
  }

  private async readPage(n: number): Promise<boolean> {
    const page = this.pages[n - 1];
    const layer = await page.text().catch(() => undefined);
    if (this.destroyed) return false;
    // A document closed mid-read must not paint into the next one.
    if (layer) await this.marker.markPage(n, layer, this.cancellation);
    if (this.destroyed) return false;
    this.events.onPageRead(n, Boolean(layer));
    return Boolean(layer);
  }

  private async readLoop(): Promise<void> {
    if (this.reading) return;
    this.reading = true;
    while (!this.destroyed && this.unread.size) {
      await this.read(this.nextToRead());
      await nextTask();
    }
    this.reading = false;
    if (!this.destroyed) this.events.onAllRead();
  }

  /** The unread page nearest the reader: pages in view first, then outwards, later pages before earlier ones at equal distance. */
  private nextToRead(): number {
    let best = -1;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const n of this.unread) {
      const distance = (this.near.has(n) ? 0 : 1_000_000) + Math.abs(n - this.current) * 2 + (n < this.current ? 1 : 0);
      if (distance < bestDistance) {
        best = n;
        bestDistance = distance;
      }
    }
    return best;
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    for (const e of entries) {
      const n = Number((e.target as HTMLElement).dataset.pageNumber);
      if (e.isIntersecting) this.near.add(n);
      else this.near.delete(n);
    }
    void this.drawNear();
  }

  private async drawNear(): Promise<void> {
    if (this.drawing || this.destroyed) return;
    this.drawing = true;
    try {
      for (;;) {
        const next = [...this.near]
          .sort((a, b) => Math.abs(a - this.current) - Math.abs(b - this.current))
          .map((n) => this.pages[n - 1])
          .find((p) => !p.drawn || p.div.dataset.drawnScale !== String(this.scale));
        if (!next || this.destroyed) break;
        next.div.dataset.drawnScale = String(this.scale);
        await next.draw().catch(() => undefined);
        this.releaseFar();
      }
    } finally {
      this.drawing = false;
    }
  }

  private releaseFar(): void {
    const drawn = this.pages.filter((p) => p.drawn && !this.near.has(p.number));
    const excess = drawn.length + this.near.size - MAX_CANVASES;
    if (excess <= 0) return;
    drawn
      .sort((a, b) => Math.abs(b.number - this.current) - Math.abs(a.number - this.current))
      .slice(0, excess)
      .forEach((p) => {
        p.releaseCanvas();
        delete p.div.dataset.drawnScale;
      });
  }

  private readonly onScroll = () => {
    if (this.scrollFrame) return;
    this.scrollFrame = requestAnimationFrame(() => {
      this.scrollFrame = 0;
      this.updateCurrent();
    });
  };

  private readonly onResize = () => {
    if (this.choice === 'fit-width') this.setZoom('fit-width');
  };

  /** The page crossing a line a third of the way down the window: the one being read. */
  private updateCurrent(): void {
    const line = window.innerHeight / 3;
    let lo = 0;
    let hi = this.pages.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.pages[mid].div.getBoundingClientRect().top <= line) lo = mid;
      else hi = mid - 1;
    }
    const n = lo + 1;
    if (n !== this.current) {
      this.current = n;
      this.events.onPageChange(n);
    }
  }

  destroy(): void {
    this.destroyed = true;
    this.observer?.disconnect();
    window.removeEventListener('scroll', this.onScroll);
    window.removeEventListener('resize', this.onResize);
    if (this.scrollFrame) cancelAnimationFrame(this.scrollFrame);
    for (const page of this.pages) page.destroy();
    this.container.replaceChildren();
  }
}
