import type { TextBlock, TextSegment } from '../page/text-blocks';

/**
 * The text of one rendered page as one block for the matcher. PDF.js's text
 * layer puts each run of text in its own span and ends each line with a <br>;
 * on a web page a <br> ends a block, but in a PDF a line end is only where the
 * printed line wrapped, so "Better Care" at the end of one line and "Fund" at
 * the start of the next are one term. Line ends become a single space in the
 * block's text that belongs to no text node (blockRange maps matches, which
 * never start or end on white space, around such gaps).
 */
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;

export function pageTextBlock(layer: Element): TextBlock<string> | undefined {
  const doc = layer.ownerDocument;
  const walker = doc.createTreeWalker(layer, SHOW_ELEMENT | SHOW_TEXT);
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let lineEnded = false;
  let endsInSpace = true;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      if ((node as Element).localName === 'br') lineEnded = true;
      continue;
    }
    const data = (node as Text).data;
    if (!data) continue;
    if (lineEnded && !endsInSpace && !/^\s/.test(data)) {
      parts.push(' ');
      length += 1;
    }
    lineEnded = false;
    parts.push(data);
    segments.push({ node: node as Text, start: length, end: length + data.length });
    length += data.length;
    endsInSpace = /\s$/.test(data);
  }
  if (!segments.length) return undefined;
  const text = parts.join('');
  return /\S/.test(text) ? { text, segments, container: layer } : undefined;
}

/** The text nodes a span of the block touches, for the painter's hit-testing index. */
export function nodesInSpan(block: TextBlock, start: number, end: number): Text[] {
  const out: Text[] = [];
  for (const seg of block.segments) {
    if (seg.end <= start) continue;
    if (seg.start >= end) break;
    out.push(seg.node);
  }
  return out;
}
