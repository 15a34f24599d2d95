import { textIsTrustworthy } from '../page/prefilter-text';
import { watchPageChanges } from './mutations';
import { afterNextFrame } from './scheduler';
import type { WorkMeter } from './work-meter';

/**
 * Whether the text under `node` may hold a term, by the prefilter's `test`.
 * The text is tested first: the check that it can be trusted (no hidden
 * content splitting a line) is needed only for a "no".
 */
export function mayHoldTermsIn(node: Node, test: (text: string) => boolean): boolean {
  const text = node.textContent;
  if (!text) return false;
  return test(text) || (node.nodeType === 1 && !textIsTrustworthy(node as Element));
}

/**
 * Watches a page for anything that could be a glossary term, as cheaply as
 * the prefilter allows: one test of the whole text after the first rendered
 * frame, then a test of each block that changes. It calls `on.mayHoldTerms`
 * once, at the first "maybe", and stops; a page that never has one costs a
 * few native string operations and a mutation observer, never the lens.
 *
 * Exact in the one direction that matters: it says no only when the full
 * read would find nothing, because the blocks it tests are the ones the lens
 * would read again (watchPageChanges), and text that hidden content splits
 * is never trusted.
 */
export function watchForTerms(
  doc: Document,
  mayHoldTerms: (text: string) => boolean,
  on: {
    /** Called once, at the first "maybe". */
    mayHoldTerms: () => void;
    /** The answer of the first test of the whole page, and when it was asked. */
    firstCheck?: (maybe: boolean, startedAt: number) => void;
  },
  meter: WorkMeter,
): () => void {
  let stopped = false;
  const found = () => {
    if (stopped) return;
    stop();
    on.mayHoldTerms();
  };
  const nodeMayHoldTerms = (node: Node) => mayHoldTermsIn(node, mayHoldTerms);
  // A document without a body (a frameset) is not guessed at: the lens reads it.
  const pageMayHoldTerms = () => (doc.body ? nodeMayHoldTerms(doc.body) : true);

  const stopWatching = watchPageChanges(
    doc,
    () => false,
    (batch) => {
      if (meter.time(() => (batch.kind === 'all' ? pageMayHoldTerms() : batch.roots.some(nodeMayHoldTerms)))) found();
    },
    meter,
  );
  // After a rendered frame, as the lens would: the page's own start-up comes first.
  void afterNextFrame().then(() => {
    if (stopped) return;
    const startedAt = performance.now();
    const maybe = meter.time(pageMayHoldTerms);
    on.firstCheck?.(maybe, startedAt);
    if (maybe) found();
  });
  const stop = () => {
    stopped = true;
    stopWatching();
  };
  return stop;
}
