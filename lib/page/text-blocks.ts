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

import { LONG_NODE_CHARS, LongText, type TextSource } from './long-text';

export interface TextSegment {
  readonly node: Text;
  /** Offset of the node's first character within the block's text. */
  readonly start: number;
  /** Offset just past the node's last character, as it was when the block was read. */
  readonly end: number;
}

export interface TextBlock<T extends TextSource = TextSource> {
  /** A string, unless the block holds a text node too long to read whole (see LongText). */
  readonly text: T;
  /** In document order, contiguous, none empty. */
  readonly segments: readonly TextSegment[];
  /** The block-level element (or the outermost inline one) the text sits in: what a rescan of this block reads. */
  readonly container: Node;
}

export interface TextBlockOptions {
  /**
   * Elements to leave out with everything inside them: hidden content, the extension's own UI. Asked only
   * about elements that have attributes, since what hides an element in markup (hidden, style, aria-hidden,
   * a class) is an attribute; on a long page most elements have none, and the check is then skipped.
   */
  exclude?: (element: Element) => boolean;
  /** One element the walk leaves out whatever its attributes, with `onSkip` told when the walk reaches it. */
  skip?: { element: Element; onSkip(): void };
}

/** Elements laid out as blocks by default; a boundary at any of them ends the current block. */
// biome-ignore format: one word per line would bury the list
const BLOCK_TAGS = [
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'html',
  'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'tr', 'ul',
];

/** Never read: not shown as text, or form controls whose text the user owns. */
// biome-ignore format: as above
const SKIPPED_TAGS = [
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'optgroup', 'datalist', 'button',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'canvas', 'video', 'audio', 'svg', 'math', 'head', 'title', 'meta',
  'link', 'rt', 'rp',
];

/**
 * Skipped elements that still take up room in the line: a word cannot run
 * across them, so they end the block. The invisible ones (script, style…) do not.
 */
// biome-ignore format: as above
const BREAKING_SKIPPED = [
  'textarea', 'input', 'select', 'button', 'iframe', 'frame', 'object', 'embed', 'canvas', 'video', 'audio', 'svg', 'math',
];

/** Replaced elements that are read (they have no text) but still separate the words either side. */
const BREAKING_EMPTY = ['img', 'hr', 'br'];

/** Inline elements common on council and NHS pages, listed so that the walk finds them with one look-up. */
// biome-ignore format: as above
const INLINE_TAGS = [
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'label', 'mark', 'q',
  'ruby', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
];

// What the walk does at an element, as bits: one Map look-up per element answers every question it asks.
const BLOCK = 1;
const SKIPPED = 2;
/** Ends the current block: a block, or something that takes room in the line. */
const BREAKS = 4;

const KIND = new Map<string, number>();
for (const tag of INLINE_TAGS) KIND.set(tag, 0);
for (const tag of BLOCK_TAGS) KIND.set(tag, BLOCK | BREAKS);
for (const tag of BREAKING_EMPTY) KIND.set(tag, BREAKS);
for (const tag of SKIPPED_TAGS) KIND.set(tag, SKIPPED);
for (const tag of BREAKING_SKIPPED) KIND.set(tag, SKIPPED | BREAKS);

/**
 * The walk's bits for an element. HTML names are lower case already; another
 * XML vocabulary's are folded, once per distinct name, and remembered.
 */
function kindOf(el: Element): number {
  const name = el.localName;
  let kind = KIND.get(name);
  if (kind === undefined) {
    kind = KIND.get(name.toLowerCase()) ?? 0;
    KIND.set(name, kind);
  }
  return kind;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
// NodeFilter constants, spelled out so this module does not need a global NodeFilter.
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;

/** Whether `text` has anything but white space: the same test as /\S/, without a regular expression per text node. */
export function hasNonSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0) continue;
    if (c < 0x1680) return true;
    if (
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff
    )
      continue;
    return true;
  }
  return false;
}

/** hasNonSpace for a text node, read a span at a time so that a long node is never read whole. */
function nodeHasNonSpace(node: Text): boolean {
  const length = node.length;
  for (let at = 0; at < length; at += LONG_NODE_CHARS) {
    if (hasNonSpace(node.substringData(at, LONG_NODE_CHARS))) return true;
  }
  return false;
}

function isEditable(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/** True if `el` and everything in it must be left alone. */
export function isSkippedElement(el: Element, options: TextBlockOptions = {}): boolean {
  if (kindOf(el) & SKIPPED || el === options.skip?.element) return true;
  return el.hasAttributes() && (isEditable(el) || (options.exclude?.(el) ?? false));
}

export function isBlockElement(el: Element): boolean {
  return (kindOf(el) & BLOCK) !== 0;
}

/** True if the walk ends the current block at `el`: a block, or an element that takes room in the line. */
export function breaksLine(el: Element): boolean {
  return (kindOf(el) & BREAKS) !== 0;
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
    const node = root as Text;
    const length = node.length;
    if (length < LONG_NODE_CHARS) {
      const text = node.data;
      if (hasNonSpace(text))
        yield { text, segments: [{ node, start: 0, end: length }], container: blockContainer(root) };
    } else if (nodeHasNonSpace(node)) {
      const segments = [{ node, start: 0, end: length }];
      yield { text: new LongText(segments), segments, container: blockContainer(root) };
    }
    return;
  }
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (!doc) return;
  const exclude = options.exclude;
  const skipped = options.skip?.element;

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
    const parent = textNode.parentNode;
    // Most text sits straight in its block (a paragraph, a cell), or in an inline element straight in it
    // (a link, bold words): a step or two, and nothing to remember.
    if (parent?.nodeType === ELEMENT_NODE) {
      if (isBlockElement(parent as Element)) return parent;
      const grandparent = parent.parentNode;
      if (grandparent?.nodeType === ELEMENT_NODE && isBlockElement(grandparent as Element)) return grandparent;
    }
    let path: Node[] | undefined;
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
      if (path) path.push(p);
      else path = [p];
      at = p;
    }
    const container = found ?? at;
    if (path) for (const p of path) containerOfParent.set(p, container);
    return container;
  };

  // Set when the walk passes an element that separates words; read at the next text node.
  let breakPending = false;
  // The block being read. Most blocks are one text node, and most text nodes between blocks are white space
  // that makes no block: the arrays are made only when a second node joins, which on a long page spared
  // megabytes of short-lived arrays and the garbage collection they cost.
  let firstNode: Text | null = null;
  let firstData = '';
  // Set when the block holds a node too long to read whole: its text is then read span by span.
  let long = false;
  let parts: string[] | null = null;
  let segments: TextSegment[] | null = null;
  let length = 0;
  let hasContent = false;
  let lastParent: Node | null = null;
  let lastBlock: Node | null = null;
  let sincePause = 0;

  const flush = (): TextBlock | undefined => {
    let block: TextBlock | undefined;
    if (hasContent && lastBlock && firstNode) {
      const all = segments ?? [{ node: firstNode, start: 0, end: length }];
      block = {
        text: long ? new LongText(all) : parts ? parts.join('') : firstData,
        segments: all,
        container: lastBlock,
      };
    }
    firstNode = null;
    firstData = '';
    long = false;
    parts = null;
    segments = null;
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
      const kind = kindOf(el);
      let skip = true;
      if (kind & SKIPPED) {
        if (kind & BREAKS) breakPending = true;
      } else if (el === skipped) {
        if (kind & BLOCK) {
          // The text before it is a block of its own, and is yielded before the caller hears of the skip.
          breakPending = true;
          const done = flush();
          if (done) yield done;
        }
        options.skip?.onSkip();
      } else if (!el.hasAttributes()) {
        skip = false;
        if (kind & BREAKS) breakPending = true;
      } else if (isEditable(el)) {
        // Editable content takes room in the line, like a form field.
        breakPending = true;
      } else if (exclude?.(el)) {
        if (kind & BLOCK) breakPending = true;
      } else {
        skip = false;
        if (kind & BREAKS) breakPending = true;
      }
      node = skip ? skipSubtree() : walker.nextNode();
      continue;
    }
    const textNode = node as Text;
    node = walker.nextNode();
    const size = textNode.length;
    if (size === 0) continue;
    const data = size < LONG_NODE_CHARS ? textNode.data : '';
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
    if (size >= LONG_NODE_CHARS) long = true;
    if (firstNode === null) {
      firstNode = textNode;
      firstData = data;
    } else {
      if (!parts || !segments) {
        parts = [firstData];
        segments = [{ node: firstNode, start: 0, end: length }];
      }
      parts.push(data);
      segments.push({ node: textNode, start: length, end: length + size });
    }
    length += size;
    if (!hasContent && (size < LONG_NODE_CHARS ? hasNonSpace(data) : nodeHasNonSpace(textNode))) hasContent = true;
  }
  const done = flush();
  if (done) yield done;
}
