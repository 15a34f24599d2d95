/**
 * happy-dom has no CSS Custom Highlight API; this is the part of it the
 * painter uses: a Highlight is a set of ranges, CSS.highlights a map of them.
 * (happy-dom also makes a new CSS object on every read, so CSS is replaced.)
 */
export function installHighlightStub(win: Window & typeof globalThis): Map<string, Set<AbstractRange>> {
  class Highlight extends Set<AbstractRange> {
    priority = 0;
  }
  class StaticRange {
    readonly startContainer: Node;
    readonly startOffset: number;
    readonly endContainer: Node;
    readonly endOffset: number;
    readonly collapsed: boolean;
    constructor(init: StaticRangeInit) {
      this.startContainer = init.startContainer;
      this.startOffset = init.startOffset;
      this.endContainer = init.endContainer;
      this.endOffset = init.endOffset;
      this.collapsed = init.startContainer === init.endContainer && init.startOffset === init.endOffset;
    }
  }
  const registry = new Map<string, Set<AbstractRange>>();
  const css = { highlights: registry, supports: () => true, escape: (s: string) => s };
  for (const target of new Set<object>([globalThis, win, win.document?.defaultView].filter(Boolean) as object[])) {
    Object.defineProperty(target, 'CSS', { value: css, configurable: true, writable: true });
    Object.defineProperty(target, 'Highlight', { value: Highlight, configurable: true, writable: true });
    Object.defineProperty(target, 'StaticRange', { value: StaticRange, configurable: true, writable: true });
  }
  return registry;
}
