/**
 * Which mark the keyboard goes to next. Marks in text the reader cannot see
 * (an accordion folded by the page's stylesheet, a closed <details>, a menu
 * off screen by `display: none`) stay in the page, so they show as soon as it
 * opens, but the keyboard passes over them: there is nothing to scroll to
 * and nowhere to put a card.
 */
import type { Mark } from './painter';

export interface MarkView {
  /** Whether the reader can see the mark's text now. */
  shown(mark: Mark): boolean;
  /** The bottom of the mark's first line, in viewport pixels. */
  bottom(mark: Mark): number;
}

/** The shown mark after (or before) the one in focus, wrapping round; from none, the first shown one in view or below it. */
export function adjacentMark(
  marks: readonly Mark[],
  focus: Mark | undefined,
  direction: 1 | -1,
  view: MarkView,
): Mark | undefined {
  const n = marks.length;
  if (!n) return undefined;
  const current = focus ? marks.indexOf(focus) : -1;
  let start: number;
  if (current >= 0) start = current + direction;
  else {
    // The cheap test first: marks above the window are passed over without asking whether they are shown.
    const firstInView = marks.findIndex((m) => view.bottom(m) >= 0 && view.shown(m));
    if (firstInView < 0) start = direction === 1 ? 0 : n - 1;
    else start = direction === 1 ? firstInView : firstInView - 1;
  }
  for (let step = 0; step < n; step++) {
    const mark = marks[(((start + step * direction) % n) + n) % n];
    if (view.shown(mark)) return mark;
  }
  return undefined;
}

/** The next shown occurrence of a term after the one in focus, wrapping round. */
export function nextOccurrence(
  marks: readonly Mark[],
  focus: Mark | undefined,
  termId: string,
  view: Pick<MarkView, 'shown'>,
): Mark | undefined {
  const ofTerm = marks.filter((m) => m.termIds.includes(termId) && view.shown(m));
  if (!ofTerm.length) return undefined;
  const at = focus ? ofTerm.indexOf(focus) : -1;
  return ofTerm[(at + 1) % ofTerm.length];
}
