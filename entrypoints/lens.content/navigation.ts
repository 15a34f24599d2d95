import { toLiveRange } from '@/lib/content/hit-test';
import type { Mark, Painter } from '@/lib/content/painter';

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

/** The mark after (or before) the focused one; from nothing, the first one in view or below it. */
export function adjacentMark(painter: Painter, direction: 1 | -1): Mark | undefined {
  const marks = painter.marks();
  if (!marks.length) return undefined;
  const current = painter.focus ? marks.indexOf(painter.focus) : -1;
  if (current >= 0) return marks[(current + direction + marks.length) % marks.length];
  const firstInView = marks.findIndex((m) => (toLiveRange(m.range)?.getBoundingClientRect().bottom ?? -1) >= 0);
  if (firstInView < 0) return direction === 1 ? marks[0] : marks[marks.length - 1];
  return direction === 1 ? marks[firstInView] : marks[(firstInView - 1 + marks.length) % marks.length];
}

/** The next occurrence of a term after the one last revealed, wrapping round. */
export function nextOccurrence(painter: Painter, termId: string): Mark | undefined {
  const marks = painter.marks().filter((m) => m.termIds.includes(termId));
  if (!marks.length) return undefined;
  const at = painter.focus ? marks.indexOf(painter.focus) : -1;
  return marks[(at + 1) % marks.length];
}
