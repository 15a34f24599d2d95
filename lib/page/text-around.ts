import { blockContainer } from './text-blocks';

const SHOW_TEXT = 0x4;

/**
 * The words around a span of the page, up to `radius` characters either side of it and never past the
 * edges of its block: the context that decides which sense of a term is meant ("STP" in 2016 and in 2022).
 * Text nodes are read a span at a time, so a mark in a 5 MB <pre> costs no more than one in a paragraph
 * (Firefox copies the whole node on every read of its data; 31–39 ms for that <pre>).
 */
export function textAround(range: AbstractRange, radius = 1_000): string {
  const { startContainer: start, endContainer: end } = range;
  const doc = start.ownerDocument;
  if (!doc || start.nodeType !== 3 || end.nodeType !== 3) return '';
  // A mark's offsets are as they were when it was painted; the page may have shortened its text since.
  const startOffset = Math.min(range.startOffset, (start as Text).length);
  const endOffset = Math.min(range.endOffset, (end as Text).length);
  const block = blockContainer(start);
  const before = readBackwards(doc, block, start as Text, startOffset, radius);
  const inside =
    start === end
      ? (start as Text).substringData(startOffset, Math.max(0, endOffset - startOffset))
      : spanBetween(doc, range);
  const after = readForwards(doc, block, end as Text, endOffset, radius);
  return before + inside + after;
}

function readBackwards(doc: Document, block: Node, from: Text, offset: number, radius: number): string {
  const parts: string[] = [];
  let wanted = radius;
  const take = Math.min(offset, wanted);
  parts.push(from.substringData(offset - take, take));
  wanted -= take;
  const walker = doc.createTreeWalker(block, SHOW_TEXT);
  walker.currentNode = from;
  for (
    let node = walker.previousNode() as Text | null;
    node && wanted > 0;
    node = walker.previousNode() as Text | null
  ) {
    const length = node.length;
    const n = Math.min(length, wanted);
    parts.push(node.substringData(length - n, n));
    wanted -= n;
  }
  return parts.reverse().join('');
}

function readForwards(doc: Document, block: Node, from: Text, offset: number, radius: number): string {
  const parts: string[] = [];
  let wanted = radius;
  const take = Math.max(0, Math.min(from.length - offset, wanted));
  parts.push(from.substringData(offset, take));
  wanted -= take;
  const walker = doc.createTreeWalker(block, SHOW_TEXT);
  walker.currentNode = from;
  for (let node = walker.nextNode() as Text | null; node && wanted > 0; node = walker.nextNode() as Text | null) {
    const n = Math.min(node.length, wanted);
    parts.push(node.substringData(0, n));
    wanted -= n;
  }
  return parts.join('');
}

/** The text of a span that crosses nodes: a term split across inline tags, a few words long. */
function spanBetween(doc: Document, range: AbstractRange): string {
  const live = doc.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live.toString();
}
