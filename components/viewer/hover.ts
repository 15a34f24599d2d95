import type { Mark, Painter } from '@/lib/content/painter';

/** How long the pointer rests on a mark before its card opens, so sweeping across a page opens nothing. */
export const OPEN_DELAY_MS = 250;
/** How long after leaving a mark or its card the card stays, so the pointer can travel between them. */
export const CLOSE_DELAY_MS = 400;

interface CaretPoint {
  node: Node;
  offset: number;
}

function caretAt(doc: Document, x: number, y: number): CaretPoint | undefined {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : undefined;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : undefined;
}

/** The live range of a mark, for measuring where it is on screen. */
export function markRange(mark: Mark): Range {
  const r = document.createRange();
  r.setStart(mark.range.startContainer, mark.range.startOffset);
  r.setEnd(mark.range.endContainer, mark.range.endOffset);
  return r;
}

function contains(rects: DOMRectList, x: number, y: number): boolean {
  for (const r of rects) if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  return false;
}

/**
 * The mark under a point. The caret APIs give the nearest text position even
 * in the gaps between words, so the point must also fall inside the mark's
 * boxes on screen.
 */
export function markAtPoint(painter: Painter, doc: Document, x: number, y: number): Mark | undefined {
  const caret = caretAt(doc, x, y);
  if (caret?.node.nodeType !== 3) return undefined;
  const candidates = [caret.offset, Math.max(0, caret.offset - 1)];
  for (const offset of candidates) {
    const mark = painter.markAt(caret.node, offset);
    if (mark && contains(markRange(mark).getClientRects(), x, y)) return mark;
  }
  return undefined;
}

export interface HoverCallbacks {
  open(mark: Mark): void;
  close(): void;
  /** True while the pointer is over the open card, which keeps it open. */
  isOverCard(target: EventTarget | null): boolean;
}

/** Opens a card when the pointer rests on a mark and closes it when the pointer has left both. */
export function watchHover(root: HTMLElement, painter: Painter, callbacks: HoverCallbacks): () => void {
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let pending: Mark | undefined;
  let shown: Mark | undefined;
  let frame = 0;
  let last: PointerEvent | undefined;

  const clearOpen = () => {
    if (openTimer) clearTimeout(openTimer);
    openTimer = undefined;
    pending = undefined;
  };
  const clearClose = () => {
    if (closeTimer) clearTimeout(closeTimer);
    closeTimer = undefined;
  };
  const scheduleClose = () => {
    if (!shown || closeTimer) return;
    closeTimer = setTimeout(() => {
      closeTimer = undefined;
      shown = undefined;
      callbacks.close();
    }, CLOSE_DELAY_MS);
  };

  const check = () => {
    frame = 0;
    const e = last;
    if (!e) return;
    if (callbacks.isOverCard(e.target)) {
      clearOpen();
      clearClose();
      return;
    }
    // Selecting text with the mouse must never pop a card up.
    if (e.buttons) return;
    const onPages = e.target instanceof Node && root.contains(e.target);
    const mark = onPages ? markAtPoint(painter, document, e.clientX, e.clientY) : undefined;
    if (mark && mark === shown) {
      clearClose();
      return;
    }
    if (!mark) {
      clearOpen();
      scheduleClose();
      return;
    }
    if (mark === pending) return;
    clearOpen();
    pending = mark;
    openTimer = setTimeout(() => {
      openTimer = undefined;
      clearClose();
      shown = pending;
      pending = undefined;
      if (shown) callbacks.open(shown);
    }, OPEN_DELAY_MS);
  };

  const onMove = (e: PointerEvent) => {
    if (e.pointerType === 'touch') return;
    last = e;
    if (!frame) frame = requestAnimationFrame(check);
  };
  document.addEventListener('pointermove', onMove, { passive: true });
  return () => {
    document.removeEventListener('pointermove', onMove);
    if (frame) cancelAnimationFrame(frame);
    clearOpen();
    clearClose();
  };
}
