import type { TextBlock, TextSegment } from './text-blocks';

/**
 * Where a match found in a block's text lies in the DOM. A term split across
 * inline elements ("<b>control</b> total") starts in one text node and ends in
 * another; the range spans them, which is what the CSS Custom Highlight API and
 * document Ranges take.
 */
export interface TextRange {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

/** Index of the segment holding block offset `at`; `atEnd` picks the earlier node when `at` falls between two. */
function segmentAt(segments: readonly TextSegment[], at: number, atEnd: boolean): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const seg = segments[mid];
    // A start offset belongs to the node that begins there; an end offset to the node that ends there.
    const before = atEnd ? seg.end < at : seg.end <= at;
    if (before) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Maps [start, end) in `block.text` to DOM positions. Throws on an empty or out-of-bounds span, which is a caller bug. */
export function blockRange(block: TextBlock, start: number, end: number): TextRange {
  const { segments } = block;
  const total = segments.length ? segments[segments.length - 1].end : 0;
  if (!(start >= 0 && start < end && end <= total)) {
    throw new RangeError(`span [${start}, ${end}) is not inside a block of length ${total}`);
  }
  const first = segments[segmentAt(segments, start, false)];
  const last = segments[segmentAt(segments, end, true)];
  return {
    startNode: first.node,
    startOffset: start - first.start,
    endNode: last.node,
    endOffset: end - last.start,
  };
}

/** A live DOM Range for a TextRange, for highlighting or measuring. */
export function toDomRange(range: TextRange): Range {
  const doc = range.startNode.ownerDocument;
  const r = doc.createRange();
  r.setStart(range.startNode, range.startOffset);
  r.setEnd(range.endNode, range.endOffset);
  return r;
}
