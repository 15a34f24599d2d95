import { toLiveRange } from '@/lib/content/hit-test';
import type { MarkView } from '@/lib/content/keyboard-path';
import type { Mark } from '@/lib/content/painter';

/**
 * Moving between marks from the keyboard, and to a chosen term from the
 * popup: each step scrolls the mark into view and puts the focus ring on it.
 */
export function scrollToMark(mark: Mark): void {
  const rect = toLiveRange(mark.range)?.getBoundingClientRect();
  if (!rect) return;
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  if (rect.top < 80 || rect.bottom > innerHeight - 80) {
    scrollBy({ top: rect.top - innerHeight / 3, behavior: reduce ? 'auto' : 'instant' });
  }
}

type VisibilityCheck = (options: { visibilityProperty?: boolean; checkVisibilityCSS?: boolean }) => boolean;

/** What the keyboard path (lib/content/keyboard-path.ts) needs to know of a mark, from the rendered page. */
export const markView: MarkView = {
  shown(mark) {
    const el = mark.range.startContainer.parentElement;
    if (!el) return false;
    // False under `display: none`, in a closed <details> (Chromium hides its content with content-visibility)
    // and under `visibility: hidden`; the second name is the option's older spelling.
    const check = (el as Element & { checkVisibility?: VisibilityCheck }).checkVisibility;
    if (typeof check === 'function' && !check.call(el, { visibilityProperty: true, checkVisibilityCSS: true }))
      return false;
    return (toLiveRange(mark.range)?.getClientRects().length ?? 0) > 0 && !inScreenReaderText(el);
  },
  bottom: (mark) => toLiveRange(mark.range)?.getBoundingClientRect().bottom ?? -1,
};

/**
 * Whether `el` is in text kept for screen readers only (GOV.UK's and the NHS's "visually hidden", WordPress's
 * "screen-reader-text"): a box of at most 1 × 1 px that clips what is in it. Its text has boxes of its own,
 * so neither checkVisibility nor the range's rects tell.
 */
function inScreenReaderText(el: Element): boolean {
  const body = el.ownerDocument.body;
  for (let at: Element | null = el; at && at !== body; at = at.parentElement) {
    const box = at.getBoundingClientRect();
    if (box.width > 1 || box.height > 1) continue;
    const style = getComputedStyle(at);
    if (style.overflow !== 'visible' || style.clip !== 'auto' || style.clipPath !== 'none') return true;
  }
  return false;
}
