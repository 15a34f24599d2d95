// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { sortInDocumentOrder } from '../../../lib/page/document-order';

function html(markup: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = markup;
  return root;
}

describe('sortInDocumentOrder', () => {
  it('puts nodes in the order a reader meets them, whatever the order given', () => {
    const root = html('<p id="a">one <b id="b">two</b></p><div><p id="c">three</p></div><p id="d">four</p>');
    const [a, b, c, d] = ['#a', '#b', '#c', '#d'].map((s) => root.querySelector(s) as Element);
    expect(sortInDocumentOrder([d, b, c, a], (n) => n)).toEqual([a, b, c, d]);
  });

  it('puts an ancestor before what is inside it, and text nodes among elements', () => {
    const root = html('<p id="p">before <i id="i">inside</i> after</p>');
    const p = root.querySelector('#p') as Element;
    const i = root.querySelector('#i') as Element;
    const [before, , after] = [...p.childNodes];
    expect(sortInDocumentOrder([after, i, p, before], (n) => n)).toEqual([p, before, i, after]);
  });

  it('agrees with compareDocumentPosition on a flat page of many paragraphs', () => {
    const root = html(Array.from({ length: 300 }, (_, i) => `<p>para ${i} <span>x</span></p>`).join(''));
    const nodes = [...root.querySelectorAll('p, span')];
    const shuffled = nodes.map((n, i) => ({ n, k: (i * 7919) % nodes.length })).sort((x, y) => x.k - y.k);
    const expected = [...nodes].sort((x, y) =>
      x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
    expect(sortInDocumentOrder(shuffled, (s) => s.n).map((s) => s.n)).toEqual(expected);
  });

  it('leaves items already in order as they are, an ancestor before what is inside it', () => {
    const root = html('<p id="p">before <i id="i">inside</i> after</p><p id="q">next</p>');
    const [p, i, q] = ['#p', '#i', '#q'].map((s) => root.querySelector(s) as Element);
    expect(sortInDocumentOrder([p, i, q], (n) => n)).toEqual([p, i, q]);
  });

  it('sorts items that are in order but for their last two', () => {
    const root = html(Array.from({ length: 6 }, (_, i) => `<p>para ${i}</p>`).join(''));
    const ps = [...root.children];
    const given = [ps[0], ps[1], ps[2], ps[3], ps[5], ps[4]];
    expect(sortInDocumentOrder(given, (n) => n)).toEqual(ps.slice(0, 6));
  });

  it('keeps items that share a node together, in the order given', () => {
    const root = html('<p>a</p><p>b</p>');
    const [p1, p2] = [...root.children];
    const items = [
      { n: p2, v: 1 },
      { n: p1, v: 2 },
      { n: p2, v: 3 },
    ];
    expect(sortInDocumentOrder(items, (x) => x.n).map((x) => x.v)).toEqual([2, 1, 3]);
  });
});
