import { blockContainer, isBlockElement } from '../page/text-blocks';
import { VISIBILITY_ATTRIBUTES } from './hidden-content';
import { frameThrottle } from './scheduler';
import type { WorkMeter } from './work-meter';

/** Past this many changed blocks in one batch, one full rescan is cheaper than many small ones. */
export const FULL_RESCAN_THRESHOLD = 300;

export type ChangeBatch = { kind: 'blocks'; roots: Node[] } | { kind: 'all' };

/**
 * Watches the page for text that appears or changes and reports the blocks to
 * read again, at most once per animation frame. Our own host element and its
 * contents are ignored, so painting or opening a card never feeds back.
 */
export function watchPageChanges(
  doc: Document,
  isOurs: (node: Node) => boolean,
  onBatch: (batch: ChangeBatch) => void,
  /** Told how long each observer callback took: on a page that never stops changing, these add up. */
  meter?: WorkMeter,
  /**
   * Given, changes to `hidden` and `style` are watched too, and asked whether they showed or hid the
   * element (HiddenContent.changed); those that did send its text back to be read.
   */
  visibilityChanged?: (el: Element) => boolean,
): () => void {
  const pending = new Set<Node>();
  let overflow = false;
  let removals = false;

  const flush = frameThrottle(() => {
    if (overflow) {
      pending.clear();
      overflow = false;
      removals = false;
      onBatch({ kind: 'all' });
      return;
    }
    const roots = outermost([...pending]);
    pending.clear();
    if (roots.length || removals) onBatch({ kind: 'blocks', roots });
    removals = false;
  });

  const noteBlock = (block: Node) => {
    pending.add(block);
    if (pending.size > FULL_RESCAN_THRESHOLD) overflow = true;
  };
  const note = (node: Node) => {
    if (overflow || isOurs(node)) return;
    noteBlock(blockContainer(node));
  };

  const observe = (records: MutationRecord[]) => {
    for (const record of records) {
      if (isOurs(record.target)) continue;
      if (record.type === 'characterData') {
        note(record.target);
      } else if (record.type === 'attributes') {
        const el = record.target as Element;
        // A block shown or hidden is read again by itself: it joins no words with the text around it.
        if (!overflow && visibilityChanged?.(el)) noteBlock(isBlockElement(el) ? el : blockContainer(el));
      } else {
        for (const node of record.addedNodes) if (node.nodeType === 1 || node.nodeType === 3) note(node);
        if (record.removedNodes.length) {
          removals = true;
          // Removing an inline node can join the words either side into a term.
          if (record.target.nodeType === 1) note(record.target);
        }
      }
    }
    if (pending.size || removals || overflow) flush.request();
  };
  const observer = new MutationObserver((records) => (meter ? meter.time(() => observe(records)) : observe(records)));
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    ...(visibilityChanged ? { attributeFilter: VISIBILITY_ATTRIBUTES } : {}),
  });
  return () => {
    observer.disconnect();
    flush.cancel();
  };
}

/** Drops nodes inside other nodes of the list, and nodes no longer in the page. */
export function outermost(nodes: Node[]): Node[] {
  const connected = nodes.filter((n) => n.isConnected);
  return connected.filter((n) => !connected.some((other) => other !== n && other.contains(n)));
}
