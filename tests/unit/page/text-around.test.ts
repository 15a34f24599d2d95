// @vitest-environment happy-dom

import { describe, expect, it } from 'vitest';
import { textAround } from '../../../lib/page/text-around';
import { forbidWholeReads } from './whole-reads';

function page(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  return document.body;
}

/** What the painter keeps of a mark: a static range, which a later change to the page does not move. */
function span(startContainer: Node, startOffset: number, endContainer: Node, endOffset: number): AbstractRange {
  return { startContainer, startOffset, endContainer, endOffset, collapsed: false };
}

/** A static range over the first occurrence of `words` within one text node under `root`. */
function spanOf(root: Node, words: string): AbstractRange {
  const walker = document.createTreeWalker(root, 0x4);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(words);
    if (at >= 0) return span(node, at, node, at + words.length);
  }
  throw new Error(`no "${words}" in one text node`);
}

describe('the words around a mark', () => {
  it('are the whole of a short paragraph, across its inline elements', () => {
    const root = page(
      '<h2>Plans</h2><p>In 2016 the <b>STP</b> footprint set out <i>sustainability and transformation</i> aims.</p>',
    );
    expect(textAround(spanOf(root, 'STP'))).toBe(
      'In 2016 the STP footprint set out sustainability and transformation aims.',
    );
  });

  it('stop at the edges of the mark’s block: the heading above is not in them', () => {
    const root = page('<h2>Integrated care partnership</h2><p>The ICP met.</p><p>Next item.</p>');
    expect(textAround(spanOf(root, 'ICP'))).toBe('The ICP met.');
  });

  it('are the nearest `radius` characters either side, in a paragraph longer than that', () => {
    const filler = 'word '.repeat(400);
    const root = page(`<p>${filler}in 2016 the STP was published ${filler}</p>`);
    const around = textAround(spanOf(root, 'STP'), 20);
    // 20 characters, then the mark, then 20 more.
    expect(around).toBe('rd word in 2016 the ' + 'STP' + ' was published word ');
  });

  it('cover a term split across inline elements', () => {
    const root = page('<p>The <b>Better</b> Care Fund plan.</p>');
    const [better, rest] = [root.querySelector('b')!.firstChild as Text, root.querySelector('b')!.nextSibling as Text];
    const split = span(better, 0, rest, 10);
    expect(textAround(split)).toBe('The Better Care Fund plan.');
  });

  it('never read a long text node whole', () => {
    const root = page(`<pre>${'lorem ipsum '.repeat(20_000)}the STP plan ${'dolor sit '.repeat(20_000)}</pre>`);
    const span = spanOf(root, 'STP');
    const allowWholeReads = forbidWholeReads(span.startContainer as Text);
    const around = textAround(span, 30);
    allowWholeReads();
    expect(around).toBe('m lorem ipsum lorem ipsum the ' + 'STP' + ' plan dolor sit dolor sit dolo');
  });

  it('are read as far as the text goes when the page has since shortened it', () => {
    const root = page('<p>The STP met.</p>');
    const span = spanOf(root, 'met');
    (span.startContainer as Text).data = 'The STP';
    expect(textAround(span)).toBe('The STP');
  });
});
