/**
 * Turns a page (or a freshly changed part of it) into blocks of running text
 * for the matcher. A block is what a reader sees as one run of words: inline
 * elements (b, a, span, abbr…) join, block-level elements and <br> break. So
 * "<b>control</b> total" is one block and a term split across tags is still
 * found, while a heading and the paragraph under it never run together.
 *
 * No extension APIs and no layout: tag names decide what is a block, because
 * asking the browser for computed styles on every element would cost more than
 * the matching itself. Hidden content is for the caller's `exclude` predicate.
 */

export interface TextSegment {
  readonly node: Text;
  /** Offset of the node's first character within the block's text. */
  readonly start: number;
  /** Offset just past the node's last character, as it was when the block was read. */
  readonly end: number;
}

export interface TextBlock {
  readonly text: string;
  /** In document order, contiguous, none empty. */
  readonly segments: readonly TextSegment[];
}

export interface TextBlockOptions {
  /** Elements to leave out with everything inside them: hidden content, the extension's own UI. */
  exclude?: (element: Element) => boolean;
}

/** Elements laid out as blocks by default; a boundary at any of them ends the current block. */
// biome-ignore format: one word per line would bury the list
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'html',
  'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'tr', 'ul',
]);

/** Never read: not shown as text, or form controls whose text the user owns. */
// biome-ignore format: as above
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'optgroup', 'datalist', 'button',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'canvas', 'video', 'audio', 'svg', 'math', 'head', 'title', 'meta',
  'link', 'rt', 'rp',
]);

/**
 * Skipped elements that still take up room in the line: a word cannot run
 * across them, so they end the block. The invisible ones (script, style…) do not.
 */
// biome-ignore format: as above
const BREAKING_SKIPPED = new Set([
  'textarea', 'input', 'select', 'button', 'iframe', 'frame', 'object', 'embed', 'canvas', 'video', 'audio', 'svg', 'math',
]);

/** Replaced elements that are read (they have no text) but still separate the words either side. */
const BREAKING_EMPTY = new Set(['img', 'hr', 'br']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
// NodeFilter constants, spelled out so this module does not need a global NodeFilter.
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;

const tagOf = (el: Element) => el.localName.toLowerCase();

function isEditable(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/** True if `el` and everything in it must be left alone. */
export function isSkippedElement(el: Element, options: TextBlockOptions = {}): boolean {
  return SKIPPED_TAGS.has(tagOf(el)) || isEditable(el) || (options.exclude?.(el) ?? false);
}

export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(tagOf(el));
}

/** True if `node` is inside (or is) an element that would be skipped, so a rescan starting there must yield nothing. */
export function isInSkippedSubtree(node: Node, options: TextBlockOptions = {}): boolean {
  for (let at: Node | null = node; at; at = at.parentNode) {
    if (at.nodeType === ELEMENT_NODE && isSkippedElement(at as Element, options)) return true;
  }
  return false;
}

/**
 * The element to rescan after `node` changed: its nearest block-level
 * ancestor, because a change inside a paragraph can complete or break a term
 * that starts in text outside the changed node.
 */
export function blockContainer(node: Node): Node {
  let at: Node = node;
  for (let parent = node.parentNode; parent; parent = parent.parentNode) {
    if (parent.nodeType === ELEMENT_NODE && isBlockElement(parent as Element)) return parent;
    if (parent.nodeType !== ELEMENT_NODE) return at;
    at = parent;
  }
  return at;
}

/**
 * Yields the blocks under `root` in document order, one at a time, from a
 * single TreeWalker pass. Being a generator is what makes the work sliceable:
 * the caller pulls blocks until its time slice is spent and resumes later.
 * If the page changes between pulls the walker carries on from where it is;
 * nodes removed meanwhile may still be in blocks already yielded, so callers
 * should check `node.isConnected` before marking.
 */
export function* textBlocks(root: Node, options: TextBlockOptions = {}): Generator<TextBlock, void, undefined> {
  if (isInSkippedSubtree(root, options)) return;
  if (root.nodeType === TEXT_NODE) {
    const text = (root as Text).data;
    if (/\S/.test(text)) yield { text, segments: [{ node: root as Text, start: 0, end: text.length }] };
    return;
  }
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (!doc) return;

  // Set by the filter when the walk passes an element that separates words; read at the next text node.
  let breakPending = false;
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, {
    acceptNode(node: Node): number {
      if (node.nodeType === TEXT_NODE) return FILTER_ACCEPT;
      const el = node as Element;
      const tag = tagOf(el);
      if (SKIPPED_TAGS.has(tag) || isEditable(el)) {
        if (BREAKING_SKIPPED.has(tag) || isEditable(el)) breakPending = true;
        return FILTER_REJECT;
      }
      if (options.exclude?.(el)) {
        if (BLOCK_TAGS.has(tag)) breakPending = true;
        return FILTER_REJECT;
      }
      if (BLOCK_TAGS.has(tag) || BREAKING_EMPTY.has(tag)) breakPending = true;
      return FILTER_SKIP;
    },
  });

  // Block containers already found, by element: with inline elements nested thousands deep, walking up from
  // every text node would cost depth² steps; with the cache each element is climbed past once.
  const containerOfParent = new Map<Node, Node>();
  const containerOf = (textNode: Text): Node => {
    const path: Node[] = [];
    let at: Node = textNode;
    let found: Node | undefined;
    for (let p = textNode.parentNode; p; p = p.parentNode) {
      const known = containerOfParent.get(p);
      if (known !== undefined) {
        found = known;
        break;
      }
      if (p.nodeType === ELEMENT_NODE && isBlockElement(p as Element)) {
        found = p;
        break;
      }
      if (p.nodeType !== ELEMENT_NODE) break;
      path.push(p);
      at = p;
    }
    const container = found ?? at;
    for (const p of path) containerOfParent.set(p, container);
    return container;
  };

  let parts: string[] = [];
  let segments: TextSegment[] = [];
  let length = 0;
  let hasContent = false;
  let lastParent: Node | null = null;
  let lastBlock: Node | null = null;

  const flush = (): TextBlock | undefined => {
    const block = hasContent ? { text: parts.join(''), segments } : undefined;
    parts = [];
    segments = [];
    length = 0;
    hasContent = false;
    return block;
  };

  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const textNode = node as Text;
    const data = textNode.data;
    if (data.length === 0) continue;
    // Same parent as the previous text node means the same block unless an element in between broke it;
    // otherwise compare nearest block ancestors, which catches leaving a block (text after a </p>).
    const parent = textNode.parentNode;
    let block: Node | null = lastBlock;
    if (parent !== lastParent) {
      block = containerOf(textNode);
      lastParent = parent;
    }
    if (breakPending || block !== lastBlock) {
      const done = flush();
      if (done) yield done;
      breakPending = false;
      lastBlock = block;
    }
    parts.push(data);
    segments.push({ node: textNode, start: length, end: length + data.length });
    length += data.length;
    if (!hasContent && /\S/.test(data)) hasContent = true;
  }
  const done = flush();
  if (done) yield done;
}
