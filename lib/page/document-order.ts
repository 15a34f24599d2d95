/**
 * Sorts nodes into document order. `compareDocumentPosition` walks sibling
 * lists on every call: on a flat page (a board pack with thousands of
 * paragraphs straight under <body>) a comparison sort of a hundred marks that
 * way cost more than finding them. So it is asked only whether the items are
 * in order already (one call per neighbouring pair, and the painter's blocks
 * usually are, in the order the scan met them); if not, each parent's
 * children are counted once and nodes compare by their paths of child
 * indices. On the LCH board pack, 220 blocks in order: 1.1 ms for the check
 * against 13 ms for the counting, cold, in Chromium.
 */
export function sortInDocumentOrder<T>(items: readonly T[], nodeOf: (item: T) => Node): T[] {
  if (items.length < 2 || inDocumentOrder(items, nodeOf)) return [...items];
  const indexOfChild = new Map<Node, number>();
  const indexed = new Set<Node>();
  const indexOf = (node: Node): number => {
    const parent = node.parentNode;
    if (!parent) return 0;
    if (!indexed.has(parent)) {
      indexed.add(parent);
      let i = 0;
      for (let c = parent.firstChild; c; c = c.nextSibling) indexOfChild.set(c, i++);
    }
    return indexOfChild.get(node) ?? 0;
  };
  const paths = new Map<Node, number[]>();
  const pathOf = (node: Node): number[] => {
    let path = paths.get(node);
    if (!path) {
      path = [];
      for (let at: Node | null = node; at?.parentNode; at = at.parentNode) path.push(indexOf(at));
      path.reverse();
      paths.set(node, path);
    }
    return path;
  };
  const keyed = items.map((item) => ({ item, path: pathOf(nodeOf(item)) }));
  keyed.sort((a, b) => comparePaths(a.path, b.path));
  return keyed.map((k) => k.item);
}

/** An ancestor's path is a prefix of its descendants' and sorts first, as an ancestor comes first in document order. */
function comparePaths(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/** Whether each item's node comes after the one before it, in one document (an ancestor counts as before). */
function inDocumentOrder<T>(items: readonly T[], nodeOf: (item: T) => Node): boolean {
  const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
  const DISCONNECTED = 1; // Node.DOCUMENT_POSITION_DISCONNECTED: the order between two trees is arbitrary.
  let previous = nodeOf(items[0]);
  for (let i = 1; i < items.length; i++) {
    const node = nodeOf(items[i]);
    const position = previous.compareDocumentPosition(node);
    if (!(position & FOLLOWING) || position & DISCONNECTED) return false;
    previous = node;
  }
  return true;
}
