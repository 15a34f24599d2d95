import type { PDFDocumentProxy } from 'pdfjs-dist';
import { Component } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/** Width of a thumbnail's picture in CSS pixels. */
const THUMB_WIDTH = 120;
/** Items added to the list per task, so a long document's page list never holds up the first page. */
const ITEMS_PER_TASK = 40;

/**
 * Draws thumbnails only as they scroll into the sidebar, one at a time, so a
 * 200-page list costs nothing until it is looked at.
 */
function thumbnailDrawer(pdf: PDFDocumentProxy, root: HTMLElement): { observe(el: HTMLElement): void; stop(): void } {
  const queue: HTMLElement[] = [];
  let busy = false;
  let stopped = false;
  const drawNext = async () => {
    if (busy || stopped) return;
    const el = queue.shift();
    if (!el) return;
    busy = true;
    try {
      const page = await pdf.getPage(Number(el.dataset.page));
      const base = page.getViewport({ scale: 1 });
      const ratio = Math.min(window.devicePixelRatio || 1, 2);
      const viewport = page.getViewport({ scale: (THUMB_WIDTH / base.width) * ratio });
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      await page.render({ canvas, viewport }).promise;
      if (!stopped) el.replaceChildren(canvas);
    } catch {
      // A page that cannot be drawn keeps its blank box; the page list still works.
    } finally {
      busy = false;
      void drawNext();
    }
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        observer.unobserve(e.target);
        queue.push(e.target as HTMLElement);
      }
      void drawNext();
    },
    { root, rootMargin: '200px 0px' },
  );
  return {
    observe: (el) => observer.observe(el),
    stop: () => {
      stopped = true;
      observer.disconnect();
    },
  };
}

interface Props {
  pdf: PDFDocumentProxy;
  current: number;
  /** Marks per page, for the count under each thumbnail. */
  marksOnPage: ReadonlyMap<number, number>;
  aspect: number;
  onGo(page: number): void;
}

export function Thumbnails({ pdf, current, marksOnPage, aspect, onGo }: Props) {
  const list = useRef<HTMLOListElement>(null);
  const drawer = useRef<ReturnType<typeof thumbnailDrawer> | undefined>(undefined);
  const [shown, setShown] = useState(Math.min(pdf.numPages, ITEMS_PER_TASK));

  useEffect(() => {
    const root = list.current?.closest<HTMLElement>('.sl-sidebar') ?? null;
    if (!list.current || !root) return;
    const d = thumbnailDrawer(pdf, root);
    drawer.current = d;
    return () => d.stop();
  }, [pdf]);

  // New items join the drawer's watch list as the list grows.
  useEffect(() => {
    for (const el of list.current?.querySelectorAll<HTMLElement>('.sl-thumb__picture:not([data-watched])') ?? []) {
      el.dataset.watched = '';
      drawer.current?.observe(el);
    }
    if (shown >= pdf.numPages) return;
    const timer = setTimeout(() => setShown((n) => Math.min(pdf.numPages, n + ITEMS_PER_TASK)), 0);
    return () => clearTimeout(timer);
  }, [shown, pdf]);

  useEffect(() => {
    list.current?.querySelector(`[data-thumb="${current}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const pages = Array.from({ length: shown }, (_, i) => i + 1);
  return (
    <ol ref={list} class="sl-thumbs" aria-label="Pages">
      {pages.map((n) => (
        <ThumbItem key={n} n={n} current={n === current} marks={marksOnPage.get(n) ?? 0} aspect={aspect} onGo={onGo} />
      ))}
    </ol>
  );
}

interface ItemProps {
  n: number;
  current: boolean;
  marks: number;
  aspect: number;
  onGo(page: number): void;
}

/**
 * One page in the list. It re-renders only when its own page changes, because
 * the list re-renders every time a page is marked and a 200-page list would
 * otherwise be diffed in full each time.
 */
class ThumbItem extends Component<ItemProps> {
  override shouldComponentUpdate(next: ItemProps): boolean {
    const p = this.props;
    return next.current !== p.current || next.marks !== p.marks || next.aspect !== p.aspect;
  }

  override render({ n, current, marks, aspect, onGo }: ItemProps) {
    return (
      <li>
        <button
          type="button"
          class="sl-thumb"
          data-thumb={n}
          aria-current={current ? 'page' : undefined}
          onClick={() => onGo(n)}
        >
          <span
            class="sl-thumb__picture"
            data-page={n}
            style={{ width: `${THUMB_WIDTH}px`, height: `${Math.round(THUMB_WIDTH * aspect)}px` }}
          />
          <span class="sl-thumb__label">Page {n}</span>
          {marks > 0 && <span class="sl-thumb__terms">{marks === 1 ? '1 term' : `${marks} terms`}</span>}
        </button>
      </li>
    );
  }
}
