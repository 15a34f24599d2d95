import { describe, expect, it } from 'vitest';
import { adjacentMark, type MarkView, nextOccurrence } from '../../../lib/content/keyboard-path';
import type { Mark } from '../../../lib/content/painter';

/** Marks named by their term, in page order; only their identity and term matter to the path. */
const marks = (...termIds: string[]): Mark[] => termIds.map((id) => ({ termIds: [id] }) as unknown as Mark);

/** A view of the page where the marks in `hidden` cannot be seen, and the mark at `firstInView` is the first on screen. */
function view(all: Mark[], hidden: Mark[] = [], firstInView = 0): MarkView {
  return {
    shown: (m) => !hidden.includes(m),
    bottom: (m) => (all.indexOf(m) >= firstInView ? 100 : -10),
  };
}

describe('the keyboard path through the marks', () => {
  it('goes to the next and previous mark from the one in focus, wrapping round', () => {
    const [a, b, c] = marks('a', 'b', 'c');
    const all = [a, b, c];
    expect(adjacentMark(all, a, 1, view(all))).toBe(b);
    expect(adjacentMark(all, c, 1, view(all))).toBe(a);
    expect(adjacentMark(all, a, -1, view(all))).toBe(c);
  });

  it('starts from the first mark in view, or the one before it going back', () => {
    const [a, b, c] = marks('a', 'b', 'c');
    const all = [a, b, c];
    expect(adjacentMark(all, undefined, 1, view(all, [], 1))).toBe(b);
    expect(adjacentMark(all, undefined, -1, view(all, [], 1))).toBe(a);
  });

  it('passes over marks the reader cannot see, both ways', () => {
    const [a, b, c, d] = marks('a', 'b', 'c', 'd');
    const all = [a, b, c, d];
    const folded = view(all, [b, c]);
    expect(adjacentMark(all, a, 1, folded)).toBe(d);
    expect(adjacentMark(all, d, -1, folded)).toBe(a);
  });

  it('does not start from a hidden mark that reads as in view (its box is empty, at the top of the page)', () => {
    const [a, b, c] = marks('a', 'b', 'c');
    const all = [a, b, c];
    expect(adjacentMark(all, undefined, 1, view(all, [a]))).toBe(b);
  });

  it('stays on the mark in focus when every other one is hidden, and finds none when all are', () => {
    const [a, b] = marks('a', 'b');
    expect(adjacentMark([a, b], a, 1, view([a, b], [b]))).toBe(a);
    expect(adjacentMark([a, b], undefined, 1, view([a, b], [a, b]))).toBeUndefined();
    expect(adjacentMark([], undefined, 1, view([]))).toBeUndefined();
  });

  it('goes to the next shown occurrence of a term, wrapping round, and to none when all are hidden', () => {
    const [icb1, other, icb2, icb3] = marks('icb', 'bcf', 'icb', 'icb');
    const all = [icb1, other, icb2, icb3];
    expect(nextOccurrence(all, undefined, 'icb', view(all))).toBe(icb1);
    expect(nextOccurrence(all, icb1, 'icb', view(all, [icb2]))).toBe(icb3);
    expect(nextOccurrence(all, icb3, 'icb', view(all))).toBe(icb1);
    expect(nextOccurrence(all, undefined, 'icb', view(all, [icb1, icb2, icb3]))).toBeUndefined();
  });
});
