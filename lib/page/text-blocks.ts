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
  /** The block-level element (or the outermost inline one) the text sits in: what a rescan of this block reads. */
  readonly container: Node;
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
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
const TEXT_NODE = 3;
// NodeFilter constants, spelled out so this module does not need a global NodeFilter.
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;

// An HTML element's localName is already lower case; only an element of another XML vocabulary needs folding.
const tagOf = (el: Element) => {
  const name = el.localName;
  return el.namespaceURI === HTML_NAMESPACE ? name : name.toLowerCase();
};

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

/** True if the walk ends the current block at `el`: a block, or an element that takes room in the line. */
export function breaksLine(el: Element): boolean {
  const tag = tagOf(el);
  return BLOCK_TAGS.has(tag) || BREAKING_SKIPPED.has(tag) || BREAKING_EMPTY.has(tag);
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

/** Yielded by `textBlockSteps` between blocks or inside a long one: a good moment for the caller to pause. */
export const PAUSE = null;

/** How many nodes the walk reads between pauses: a few hundred keep a step well under a millisecond. */
const NODES_PER_PAUSE = 256;

/**
 * Yields the blocks under `root` in document order, one at a time, from a
 * single TreeWalker pass.
 */
export function* textBlocks(root: Node, options: TextBlockOptions = {}): Generator<TextBlock, void, undefined> {
  for (const step of textBlockSteps(root, options)) if (step !== PAUSE) yield step;
}

/**
 * The walk behind `textBlocks`, which also yields PAUSE every few hundred
 * nodes. Being a generator is what makes the work sliceable: the caller pulls
 * until its time slice is spent and resumes later, and the pauses keep one
 * step short even inside a block thousands of elements deep or long. If the
 * page changes between pulls the walker carries on from where it is; nodes
 * removed meanwhile may still be in blocks already yielded, so callers should
 * check `node.isConnected` before marking.
 */
export function* textBlockSteps(
  root: Node,
  options: TextBlockOptions = {},
): Generator<TextBlock | typeof PAUSE, void, undefined> {
  if (isInSkippedSubtree(root, options)) return;
  if (root.nodeType === TEXT_NODE) {
    const text = (root as Text).data;
    if (/\S/.test(text)) {
      yield { text, segments: [{ node: root as Text, start: 0, end: text.length }], container: blockContainer(root) };
    }
    return;
  }
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (!doc) return;
  const exclude = options.exclude;

  // No NodeFilter: a filter is a call from the browser into script for every element, which cost more
  // than everything else in the walk together. Elements come back to this loop, which skips their
  // subtrees itself.
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  const skipSubtree = (): Node | null => {
    for (;;) {
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
      if (!walker.parentNode()) return null;
    }
  };

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

  // Set when the walk passes an element that separates words; read at the next text node.
  let breakPending = false;
  let parts: string[] = [];
  let segments: TextSegment[] = [];
  let length = 0;
  let hasContent = false;
  let lastParent: Node | null = null;
  let lastBlock: Node | null = null;
  let sincePause = 0;

  const flush = (): TextBlock | undefined => {
    const block = hasContent && lastBlock ? { text: parts.join(''), segments, container: lastBlock } : undefined;
    parts = [];
    segments = [];
    length = 0;
    hasContent = false;
    return block;
  };

  let node = walker.nextNode();
  while (node) {
    if (++sincePause === NODES_PER_PAUSE) {
      sincePause = 0;
      yield PAUSE;
    }
    if (node.nodeType !== TEXT_NODE) {
      const el = node as Element;
      const tag = tagOf(el);
      let skip = false;
      if (SKIPPED_TAGS.has(tag)) {
        if (BREAKING_SKIPPED.has(tag)) breakPending = true;
        skip = true;
      } else if (isEditable(el)) {
        breakPending = true;
        skip = true;
      } else if (exclude?.(el)) {
        if (BLOCK_TAGS.has(tag)) breakPending = true;
        skip = true;
      } else if (BLOCK_TAGS.has(tag) || BREAKING_EMPTY.has(tag)) {
        breakPending = true;
      }
      node = skip ? skipSubtree() : walker.nextNode();
      continue;
    }
    const textNode = node as Text;
    node = walker.nextNode();
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
