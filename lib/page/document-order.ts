/**
 * Sorts nodes into document order without `compareDocumentPosition`, which
 * walks sibling lists on every call: on a flat page (a board pack with
 * thousands of paragraphs straight under <body>) sorting a hundred marks that
 * way cost more than finding them. Here each parent's children are counted
 * once, and nodes compare by their paths of child indices.
 */
export function sortInDocumentOrder<T>(items: readonly T[], nodeOf: (item: T) => Node): T[] {
  if (items.length < 2) return [...items];
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
