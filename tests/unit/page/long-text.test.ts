// @vitest-environment happy-dom

import { describe, expect, it } from 'vitest';
import { matchWindows } from '../../../lib/content/windows';
import { compileMatcher } from '../../../lib/match/compile';
import { findMatches } from '../../../lib/match/scan';
import { LONG_NODE_CHARS, LongText } from '../../../lib/page/long-text';
import { blockRange, toDomRange } from '../../../lib/page/ranges';
import { textBlocks } from '../../../lib/page/text-blocks';
import { forbidWholeReads } from './whole-reads';

const matcher = compileMatcher([{ id: 'bcf', phrases: ['better care fund'], acronyms: ['BCF'] }]);

/** Filler of `length` characters with no glossary word in it. */
const filler = (length: number) => 'lorem ipsum dolor sit amet '.repeat(Math.ceil(length / 27)).slice(0, length);

/** A paragraph whose middle text node is longer than LONG_NODE_CHARS, with a term split across its ends. */
function paragraphWithLongNode() {
  const p = document.createElement('p');
  p.innerHTML = `the <b>Better</b> Care Fund ${filler(LONG_NODE_CHARS)} the Better <i>Care Fund</i>`;
  document.body.replaceChildren(p);
  const long = p.childNodes[2] as Text;
  return { p, long, whole: p.textContent as string };
}

describe('a block holding a very long text node', () => {
  it('is one block whose text reads as the paragraph does, inline elements and all', () => {
    const { p, whole } = paragraphWithLongNode();
    const blocks = [...textBlocks(p)];
    expect(blocks).toHaveLength(1);
    expect(blocks[0].text).toBeInstanceOf(LongText);
    expect(blocks[0].text.length).toBe(whole.length);
    expect(blocks[0].text.slice()).toBe(whole);
  });

  it('never reads the long node whole, in the walk or in matching it window by window', () => {
    const { p, long } = paragraphWithLongNode();
    const allowWholeReads = forbidWholeReads(long);
    const [block] = [...textBlocks(p)];
    const found = [...matchWindows(matcher, block.text, 8_192)].flat();
    allowWholeReads();
    expect(found.map((m) => toDomRange(blockRange(block, m.start, m.end)).toString())).toEqual([
      'Better Care Fund',
      'Better Care Fund',
    ]);
  });

  it('is matched window by window exactly as its text would be in one pass', () => {
    const { p, whole } = paragraphWithLongNode();
    const [block] = [...textBlocks(p)];
    expect([...matchWindows(matcher, block.text, 8_192)].flat()).toEqual(findMatches(matcher, whole));
  });

  it('is a block of its own when the long node is the root of a rescan', () => {
    const { long } = paragraphWithLongNode();
    const allowWholeReads = forbidWholeReads(long);
    const blocks = [...textBlocks(long)];
    allowWholeReads();
    expect(blocks).toHaveLength(1);
    expect(blocks[0].segments).toEqual([{ node: long, start: 0, end: long.length }]);
  });

  it('makes no block when the long node is all white space', () => {
    const pre = document.createElement('pre');
    pre.textContent = ' \n\t'.repeat(LONG_NODE_CHARS);
    expect([...textBlocks(pre)]).toEqual([]);
  });

  it('leaves a node just under the limit to be read whole, as a string', () => {
    const pre = document.createElement('pre');
    pre.textContent = filler(LONG_NODE_CHARS - 1);
    expect(typeof [...textBlocks(pre)][0].text).toBe('string');
  });
});

describe('reading a span of a long text', () => {
  it('joins the spans of every node it crosses', () => {
    const { p, whole } = paragraphWithLongNode();
    const text = [...textBlocks(p)][0].text;
    const end = whole.length;
    for (const [from, to] of [
      [0, 4],
      [3, 40],
      [10, LONG_NODE_CHARS],
      [end - 30, end],
      [end - 5, end + 100],
    ])
      expect(text.slice(from, to), `[${from}, ${to})`).toBe(whole.slice(from, to));
  });

  it('counts negative offsets from the end, as a string does', () => {
    const { p, whole } = paragraphWithLongNode();
    const text = [...textBlocks(p)][0].text;
    expect(text.slice(-9)).toBe(whole.slice(-9));
    expect(text.slice(-9, -5)).toBe(whole.slice(-9, -5));
  });

  it('reads as spaces what the page has cut from a node since it was measured, so offsets keep their nodes', () => {
    const { p, long } = paragraphWithLongNode();
    const [block] = [...textBlocks(p)];
    const before = block.text.slice();
    long.deleteData(long.length - 100, 100);
    const after = block.text.slice();
    expect(after).toHaveLength(before.length);
    const cut = block.segments[2].end - 100;
    expect(after.slice(cut, cut + 100)).toBe(' '.repeat(100));
    expect(after.slice(cut + 100)).toBe(before.slice(cut + 100));
  });
});
