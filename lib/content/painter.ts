import { sortInDocumentOrder } from '../page/document-order';
import { HIGHLIGHTS, type HighlightKind } from './highlight-names';

export interface MarkInput {
  range: AbstractRange;
  /** Every text node the range touches, so a point in any of them finds the mark. */
  nodes: readonly Node[];
  termIds: readonly string[];
  kind: HighlightKind;
}

export interface Mark extends MarkInput {
  /** The block the mark was found in (its first text node); a rescan of that block replaces its marks. */
  block: Node;
}

type Registry = Map<string, Highlight>;

function registry(doc: Document): Registry | undefined {
  // The script's own global is the page's window in a content script (through its isolated world);
  // another document (a same-origin frame, the PDF viewer's) is reached through its window.
  const css = (doc === globalThis.document ? globalThis.CSS : doc.defaultView?.CSS) as unknown as
    | { highlights?: Registry }
    | undefined;
  return css?.highlights;
}

/**
 * Owns every mark on one document. Marks are painted with CSS Custom
 * Highlights, so the page's DOM is never touched; the painter keeps its own
 * index from text nodes to marks for hit-testing and from blocks to marks for
 * rescans.
 */
export class Painter {
  private readonly highlights = new Map<string, Highlight>();
  private readonly byBlock = new Map<Node, Mark[]>();
  private readonly byNode = new WeakMap<Node, Mark[]>();
  private ordered: Mark[] | undefined;
  private focused: Mark | undefined;
  /**
   * Where the focused mark was, when a rescan of its block (the page changed something near it) took the
   * mark away: the rescan's new mark over the same text takes the focus back, so the keyboard's place and
   * its ring survive a clock ticking in the same paragraph.
   */
  private focusToRestore: AbstractRange | undefined;
  /** Set by the first mark: until then the page's highlight registry is left as it was. */
  private painted = false;

  constructor(private readonly doc: Document) {
    const HighlightCtor =
      (doc === globalThis.document ? globalThis.Highlight : doc.defaultView?.Highlight) ?? globalThis.Highlight;
    for (const name of Object.values(HIGHLIGHTS)) {
      const h = new HighlightCtor();
      if (name === HIGHLIGHTS.focus) h.priority = 1;
      this.highlights.set(name, h);
    }
  }

  /**
   * (Re)registers our highlights; a page that clears `CSS.highlights` gets them back on the next paint.
   * Nothing is registered before the first mark, so a page with no term keeps its registry untouched.
   */
  register(): void {
    if (!this.painted) return;
    const reg = registry(this.doc);
    if (!reg) return;
    for (const [name, h] of this.highlights) if (reg.get(name) !== h) reg.set(name, h);
  }

  /** Replaces the marks of `block` with `marks`. */
  setBlock(block: Node, marks: readonly MarkInput[]): void {
    this.clearBlock(block);
    if (!marks.length) return;
    if (!this.painted) {
      this.painted = true;
      this.register();
    }
    const stored: Mark[] = marks.map((m) => ({ ...m, block }));
    this.byBlock.set(block, stored);
    for (const mark of stored) {
      this.highlights.get(HIGHLIGHTS[mark.kind])?.add(mark.range);
      for (const node of mark.nodes) {
        const list = this.byNode.get(node);
        if (list) list.push(mark);
        else this.byNode.set(node, [mark]);
      }
    }
    this.ordered = undefined;
    const lost = this.focusToRestore;
    if (lost) {
      const again = stored.find((m) => sameBoundaries(m.range, lost));
      if (again) this.setFocus(again);
    }
  }

  clearBlock(block: Node): void {
    const old = this.byBlock.get(block);
    if (!old) return;
    this.byBlock.delete(block);
    for (const mark of old) this.forget(mark);
    this.ordered = undefined;
  }

  /** Drops the marks of every block inside `root` (a subtree about to be rescanned or removed). */
  clearWithin(root: Node): void {
    for (const block of [...this.byBlock.keys()]) if (root === block || root.contains(block)) this.clearBlock(block);
  }

  /** Drops marks whose text has left the document, after the page removed or replaced nodes. */
  dropDisconnected(): number {
    let dropped = 0;
    for (const [block, marks] of [...this.byBlock]) {
      if (!block.isConnected || marks.some((m) => m.nodes.some((n) => !n.isConnected))) {
        dropped += marks.length;
        this.clearBlock(block);
      }
    }
    return dropped;
  }

  /** Drops the marks `drop` picks, wherever they are, and returns them. */
  dropWhere(drop: (mark: Mark) => boolean): Mark[] {
    const dropped: Mark[] = [];
    for (const [block, marks] of [...this.byBlock]) {
      const kept: Mark[] = [];
      const before = dropped.length;
      for (const m of marks) (drop(m) ? dropped : kept).push(m);
      if (dropped.length > before) this.setBlock(block, kept);
    }
    return dropped;
  }

  /** Drops every mark; with `keepFocusPlace` (a full rescan), the focus returns to its text if the rescan marks it again. */
  clearAll(options: { keepFocusPlace?: boolean } = {}): void {
    const place = options.keepFocusPlace ? (this.focused?.range ?? this.focusToRestore) : undefined;
    for (const h of this.highlights.values()) h.clear();
    this.byBlock.clear();
    this.ordered = undefined;
    this.focused = undefined;
    this.focusToRestore = place;
  }

  /** Removes our highlights from the page entirely (extension switched off or updated). */
  dispose(): void {
    this.clearAll();
    const reg = registry(this.doc);
    if (reg) for (const [name, h] of this.highlights) if (reg.get(name) === h) reg.delete(name);
  }

  markAt(node: Node, offset: number): Mark | undefined {
    const candidates = this.byNode.get(node);
    if (!candidates) return undefined;
    return candidates.find((m) => {
      const r = m.range;
      const afterStart = node !== r.startContainer || offset >= r.startOffset;
      const beforeEnd = node !== r.endContainer || offset < r.endOffset;
      return afterStart && beforeEnd;
    });
  }

  /** All marks in document order (computed on demand, cached until the next change). */
  marks(): readonly Mark[] {
    if (!this.ordered) {
      // A block's marks are already in order of their offsets; only the blocks need sorting.
      const blocks = sortInDocumentOrder([...this.byBlock.keys()], (block) => block);
      this.ordered = blocks.flatMap((block) => this.byBlock.get(block) ?? []);
    }
    return this.ordered;
  }

  get size(): number {
    let n = 0;
    for (const marks of this.byBlock.values()) n += marks.length;
    return n;
  }

  /** Counts of each term, in the order terms first appear on the page. */
  termCounts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const mark of this.marks()) {
      const id = mark.termIds[0];
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  }

  setFocus(mark: Mark | undefined): void {
    const focus = this.highlights.get(HIGHLIGHTS.focus)!;
    focus.clear();
    this.focused = mark;
    this.focusToRestore = undefined;
    if (mark) focus.add(mark.range);
  }

  get focus(): Mark | undefined {
    return this.focused;
  }

  private forget(mark: Mark): void {
    this.highlights.get(HIGHLIGHTS[mark.kind])?.delete(mark.range);
    if (this.focused === mark) {
      this.setFocus(undefined);
      this.focusToRestore = mark.range;
    }
    for (const node of mark.nodes) {
      const list = this.byNode.get(node);
      if (!list) continue;
      const i = list.indexOf(mark);
      if (i >= 0) list.splice(i, 1);
      if (!list.length) this.byNode.delete(node);
    }
  }
}

function sameBoundaries(a: AbstractRange, b: AbstractRange): boolean {
  return (
    a.startContainer === b.startContainer &&
    a.startOffset === b.startOffset &&
    a.endContainer === b.endContainer &&
    a.endOffset === b.endOffset
  );
}
