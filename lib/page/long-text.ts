import type { TextSegment } from './text-blocks';

/**
 * A text node at least this long is never read whole. Firefox copies a text node's characters into a new
 * string each time `data` is read: 31–39 ms for the 5 MB node of the hostile-page suite, every time, in one
 * task that no slice can cut. `substringData` copies only what it is asked for (625 reads of 8 K took
 * 42–51 ms together, under 0.1 ms each). At that rate a whole read of 64 K costs about half a millisecond.
 */
export const LONG_NODE_CHARS = 65_536;

/** What the matcher needs of a block's text: its length, and any span of it as a string. A string is one. */
export interface TextSource {
  readonly length: number;
  slice(start?: number, end?: number): string;
}

/**
 * The text of a block holding a very long text node, read from the page span by span as the matcher asks
 * for it. Offsets are those of the block's segments as the walk measured them. If the page shortens a node
 * before a span is read, the missing characters read as spaces, so every offset still lands in the node
 * the segments say it does (and the page's change sends the block to be read again anyway).
 */
export class LongText implements TextSource {
  readonly length: number;

  constructor(private readonly segments: readonly TextSegment[]) {
    this.length = segments.length ? segments[segments.length - 1].end : 0;
  }

  slice(start = 0, end = this.length): string {
    const from = clamp(start < 0 ? this.length + start : start, 0, this.length);
    const to = clamp(end < 0 ? this.length + end : end, 0, this.length);
    if (to <= from) return '';
    const parts: string[] = [];
    for (let i = this.firstSegmentEndingAfter(from); i < this.segments.length; i++) {
      const seg = this.segments[i];
      if (seg.start >= to) break;
      const a = Math.max(from, seg.start) - seg.start;
      const b = Math.min(to, seg.end) - seg.start;
      parts.push(readSpan(seg.node, a, b));
    }
    return parts.join('');
  }

  toString(): string {
    return this.slice();
  }

  private firstSegmentEndingAfter(at: number): number {
    let lo = 0;
    let hi = this.segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.segments[mid].end <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Characters [from, to) of `node`, padded with spaces where the node has since become shorter. */
function readSpan(node: Text, from: number, to: number): string {
  const available = Math.max(0, Math.min(to, node.length) - from);
  const read = available > 0 ? node.substringData(from, available) : '';
  return read.length === to - from ? read : read.padEnd(to - from, ' ');
}

function clamp(n: number, lo: number, hi: number): number {
  return n < lo ? lo : n > hi ? hi : n;
}
