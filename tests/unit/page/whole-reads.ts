/**
 * Makes reading `data` (or `nodeValue`, or `textContent`) of `node` throw: proof that it is never read whole.
 * happy-dom's substringData reads `data` itself, so it is given the browser's behaviour: a copy of the span alone.
 */
export function forbidWholeReads(node: Text): () => void {
  const content = node.data;
  const overridden = ['substringData', 'data', 'nodeValue', 'textContent', 'wholeText'];
  Object.defineProperty(node, 'substringData', {
    configurable: true,
    value: (offset: number, count: number) => content.slice(offset, offset + count),
  });
  for (const property of ['data', 'nodeValue', 'textContent', 'wholeText']) {
    Object.defineProperty(node, property, {
      configurable: true,
      get() {
        throw new Error(`read ${property} of a long text node`);
      },
    });
  }
  return () => {
    for (const property of overridden) delete (node as unknown as Record<string, unknown>)[property];
  };
}
