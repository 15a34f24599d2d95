/**
 * The text position under a point, in either browser's spelling of the API,
 * and whether the point is really over a range's text rather than beside it:
 * caretPositionFromPoint answers with the nearest caret even in a margin.
 */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : undefined;
  }
  const range = d.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

export function rangeContainsPoint(range: AbstractRange, x: number, y: number, slop = 2): boolean {
  const live = toLiveRange(range);
  if (!live) return false;
  for (const r of live.getClientRects()) {
    if (x >= r.left - slop && x <= r.right + slop && y >= r.top - slop && y <= r.bottom + slop) return true;
  }
  return false;
}

/** A live Range over the same text, for measuring (StaticRange has no geometry). */
export function toLiveRange(range: AbstractRange): Range | undefined {
  const doc = range.startContainer.ownerDocument;
  if (!doc) return undefined;
  try {
    const live = doc.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return live;
  } catch {
    return undefined;
  }
}
