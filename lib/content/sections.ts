/**
 * "First in each section" needs to know which section a block belongs to. A
 * section starts at a heading; a long run of text with no heading (a PDF turned
 * into HTML, a minutes page) is cut every SECTION_CHARS characters so that a
 * term still gets a reminder mark now and then.
 */
export const SECTION_CHARS = 6000;

/** Called for every block of a page, so no regular expression: h1–h6 by its two characters, or a role. */
export function isHeading(el: Element): boolean {
  const name = el.localName;
  if (name.length === 2 && (name.charCodeAt(0) | 32) === 104 /* h */) {
    const level = name.charCodeAt(1);
    if (level >= 49 && level <= 54) return true;
  }
  return el.hasAttributes() && el.getAttribute('role') === 'heading';
}

/** The heading element a block sits under, if it is one itself or the nearest one before it (bounded walk). */
export function headingOf(node: Node, maxSteps = 3000): Element | null {
  const doc = node.ownerDocument;
  if (!doc) return null;
  for (let at: Node | null = node; at; at = at.parentNode) {
    if (at.nodeType === 1 && isHeading(at as Element)) return at as Element;
  }
  const walker = doc.createTreeWalker(doc.body ?? doc, 0x1);
  walker.currentNode = node;
  for (let steps = 0; steps < maxSteps; steps++) {
    const prev = walker.previousNode() as Element | null;
    if (!prev) return null;
    if (isHeading(prev)) return prev;
  }
  return null;
}

/** Tracks sections during an in-order scan. */
export class SectionTracker {
  private heading: Element | null = null;
  private chars = 0;
  private chunk = 0;
  /** Section key per block element, so a later rescan of one block lands in the same section. */
  readonly keyOfBlock = new WeakMap<Element, string>();
  private readonly ids = new WeakMap<Element, number>();
  private nextId = 1;
  /** The key of the section being read, made when the section starts rather than for every block in it. */
  private key: string | undefined;

  /** Starts tracking from a point in the middle of the page (used for the in-view region scanned first). */
  resumeAt(heading: Element | null): void {
    this.heading = heading;
    this.chars = 0;
    this.chunk = 0;
    this.key = undefined;
  }

  get current(): Element | null {
    return this.heading;
  }

  /** The section key for the next block, given its container and length. */
  next(block: Element, length: number): string {
    if (block !== this.heading && isHeading(block)) this.resumeAt(block);
    this.chars += length;
    if (this.chars > SECTION_CHARS) {
      this.chunk++;
      this.chars = length;
      this.key = undefined;
    }
    this.key ??= `${this.idOf(this.heading)}:${this.chunk}`;
    const key = this.key;
    this.keyOfBlock.set(block, key);
    return key;
  }

  /** The key for a block rescanned on its own (after a page change). */
  keyFor(block: Element): string {
    return this.keyOfBlock.get(block) ?? `${this.idOf(headingOf(block))}:r`;
  }

  private idOf(heading: Element | null): number {
    if (!heading) return 0;
    let id = this.ids.get(heading);
    if (!id) {
      id = this.nextId++;
      this.ids.set(heading, id);
    }
    return id;
  }
}
