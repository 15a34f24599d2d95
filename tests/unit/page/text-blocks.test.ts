// @vitest-environment happy-dom

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  blockContainer,
  hasNonSpace,
  PAUSE,
  type TextBlock,
  type TextBlockOptions,
  textBlockSteps,
  textBlocks,
} from '../../../lib/page/text-blocks';

/** A detached root: nothing in it is connected to the document, so happy-dom loads no iframes or images. */
function html(markup: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = markup;
  return root;
}

const texts = (root: Node, options?: TextBlockOptions) => [...textBlocks(root, options)].map((b) => b.text);

describe('inline content forms one block', () => {
  it.each([
    ['bold', '<p>The <b>control</b> total</p>', 'The control total'],
    [
      'nested inline elements',
      '<p><a href="#"><span><em>Clinical</em> Commissioning</span></a> <strong>Groups</strong></p>',
      'Clinical Commissioning Groups',
    ],
    [
      'abbr, sup, sub, mark, font, code, small',
      '<p><abbr>ICB</abbr><sup>1</sup><sub>2</sub> <mark>x</mark><font>y</font><code>z</code><small>w</small></p>',
      'ICB12 xyzw',
    ],
    ['a hidden element the caller excludes', '<p>control<span hidden>XX</span> total</p>', 'control total'],
    ['line breaks in the source', '<p>Clinical\n   Commissioning\nGroup</p>', 'Clinical\n   Commissioning\nGroup'],
  ])('%s', (_, markup, text) => {
    expect(texts(html(markup), { exclude: (el) => el.hasAttribute('hidden') })).toEqual([text]);
  });

  it('records where each text node sits in the block', () => {
    const block = [...textBlocks(html('<p>The <b>control</b> total</p>'))][0] as TextBlock;
    expect(block.segments.map((s) => [s.node.data, s.start, s.end])).toEqual([
      ['The ', 0, 4],
      ['control', 4, 11],
      [' total', 11, 17],
    ]);
  });
});

describe('block-level elements and line breaks end a block', () => {
  it.each([
    ['paragraphs', '<p>control</p><p>total</p>', ['control', 'total']],
    ['a block inside text', '<div>control<p>total</p>again</div>', ['control', 'total', 'again']],
    ['text after a closed block', '<div><p><b>control</b></p> total</div>', ['control', ' total']],
    ['an empty block between text', '<div>control<p></p>total</div>', ['control', 'total']],
    ['br', '<p>control<br>total</p>', ['control', 'total']],
    ['hr', '<div>control<hr>total</div>', ['control', 'total']],
    ['img', '<p>control<img alt="">total</p>', ['control', 'total']],
    ['list items', '<ul><li>ICB</li><li>CCG</li></ul>', ['ICB', 'CCG']],
    ['table cells', '<table><tr><td>ICB</td><td>CCG</td></tr></table>', ['ICB', 'CCG']],
    ['headings', '<h2>Integrated care</h2>board', ['Integrated care', 'board']],
    ['a button between words', '<p>control<button>go</button>total</p>', ['control', 'total']],
  ])('%s', (_, markup, expected) => {
    expect(texts(html(markup))).toEqual(expected);
  });

  it('yields no block that is only white space', () => {
    expect(texts(html('<div>\n  <p>ICB</p>\n  <p> </p>\n</div>'))).toEqual(['ICB']);
  });
});

describe('content that is not page text is skipped', () => {
  it.each([
    ['script', '<p>a<script>ICB</script>b</p>', ['ab']],
    ['style', '<p>a<style>.ICB{}</style>b</p>', ['ab']],
    ['noscript', '<p>a<noscript>ICB</noscript>b</p>', ['ab']],
    ['template', '<p>a<template>ICB</template>b</p>', ['ab']],
    ['textarea', '<p>a</p><textarea>ICB</textarea>', ['a']],
    ['select and option', '<p>a</p><select><option>ICB</option></select>', ['a']],
    ['button', '<p>a</p><button>ICB</button>', ['a']],
    ['iframe', '<p>a</p><iframe>ICB</iframe>', ['a']],
    ['svg', '<p>a</p><svg><text>ICB</text></svg>', ['a']],
    ['contenteditable', '<p>a</p><div contenteditable="true"><p>ICB</p></div>', ['a']],
    ['contenteditable with no value', '<p>a</p><div contenteditable><b>ICB</b></div>', ['a']],
  ])('%s', (_, markup, expected) => {
    expect(texts(html(markup))).toEqual(expected);
  });

  it('reads contenteditable="false"', () => {
    expect(texts(html('<div contenteditable="false">ICB</div>'))).toEqual(['ICB']);
  });

  it('leaves out whatever the caller excludes, with everything inside it', () => {
    const root = html('<p>ICB</p><div id="lens-host"><p>CCG</p></div><p aria-hidden="true">STP</p>');
    const exclude = (el: Element) => el.id === 'lens-host' || el.getAttribute('aria-hidden') === 'true';
    expect(texts(root, { exclude })).toEqual(['ICB']);
  });
});

describe('what the caller leaves out', () => {
  it('is asked only about elements with attributes, since hiding an element in markup takes one', () => {
    const root = html('<p>ICB <b>and</b> <span class="x">CCG</span></p><div><p hidden>STP</p></div>');
    const asked: string[] = [];
    texts(root, {
      exclude: (el) => {
        asked.push(el.localName);
        return false;
      },
    });
    expect(asked.sort()).toEqual(['p', 'span']);
  });

  it('skips the one element it names whatever its attributes, and says when the walk reaches it', () => {
    const root = html('<p>ICB</p><section><p>CCG</p></section><p>STP</p>');
    const seen: string[] = [];
    const blocks = textBlocks(root, {
      skip: { element: root.querySelector('section') as Element, onSkip: () => seen.push('skipped') },
    });
    for (const b of blocks) seen.push(String(b.text));
    expect(seen).toEqual(['ICB', 'skipped', 'STP']);
  });
});

describe('white space', () => {
  it('tells text with something to read from white space exactly as /\\S/ does', () => {
    const spaces = [
      ' ',
      '\t',
      '\n',
      '\r',
      '\v',
      '\f',
      '\u00A0',
      '\u1680',
      '\u2000',
      '\u2007',
      '\u200A',
      '\u2028',
      '\u2029',
      '\u202F',
      '\u205F',
      '\u3000',
      '\uFEFF',
    ];
    const others = ['a', '\u0000', '\u001F', '\u200B', '\u180E', '\u00AD', '\u2011', 'é', '\uD83D'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...spaces, ...others), { maxLength: 8 }), (chars) => {
        const text = chars.join('');
        expect(hasNonSpace(text)).toBe(/\S/.test(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('rescanning part of a page', () => {
  it('reads only the subtree it is given', () => {
    const root = html('<p id="a">ICB</p><p id="b">CCG <b>and</b> ICS</p>');
    expect(texts(root.querySelector('#b') as Element)).toEqual(['CCG and ICS']);
  });

  it('reads a single text node', () => {
    const root = html('<p>CCG</p>');
    expect(texts(root.querySelector('p')?.firstChild as Text)).toEqual(['CCG']);
  });

  it('yields nothing for a subtree inside a skipped or excluded element', () => {
    const root = html('<div class="ui"><p>ICB</p></div><textarea>CCG</textarea>');
    const exclude = (el: Element) => el.classList.contains('ui');
    expect(texts(root.querySelector('.ui p') as Element, { exclude })).toEqual([]);
    expect(texts(root.querySelector('textarea')?.firstChild as Text)).toEqual([]);
  });

  it('names the nearest block-level ancestor as the thing to rescan after a change', () => {
    const root = html('<div><p id="p">The <b><i>control</i></b> total</p></div>');
    const i = root.querySelector('i') as Element;
    expect(blockContainer(i.firstChild as Text)).toBe(root.querySelector('#p'));
    expect(blockContainer(i)).toBe(root.querySelector('#p'));
  });
});

describe('blocks come one at a time', () => {
  it('yields the first block before reading the rest, and resumes where it stopped', () => {
    const root = html(Array.from({ length: 500 }, (_, i) => `<p>para ${i}</p>`).join(''));
    const blocks = textBlocks(root);
    expect(blocks.next().value?.text).toBe('para 0');
    // The walker is live: a paragraph added now, ahead of it, is still read.
    root.insertAdjacentHTML('beforeend', '<p>late</p>');
    const rest = [...blocks].map((b) => b.text);
    expect(rest).toHaveLength(500);
    expect(rest[0]).toBe('para 1');
    expect(rest.at(-1)).toBe('late');
  });

  it('pauses inside one run of text 2,500 elements deep, and still yields it as one whole block', () => {
    const root = html('<p id="p"></p>');
    let at = root.firstChild as Element;
    for (let i = 0; i < 2500; i++) {
      const span = document.createElement('span');
      span.append(`w${i} `);
      at.append(span);
      at = span;
    }
    const steps = [...textBlockSteps(root)];
    const blocks = steps.filter((s): s is TextBlock => s !== PAUSE);
    expect(blocks).toHaveLength(1);
    expect(blocks[0].segments).toHaveLength(2500);
    expect(blocks[0].container).toBe(root.querySelector('#p'));
    // 5,000 nodes (each span and its text) read with a pause every few hundred.
    expect(steps.length - blocks.length).toBeGreaterThanOrEqual(10);
  });

  it('pauses among thousands of elements that hold no text', () => {
    const root = html(`<div>${'<i></i>'.repeat(3000)}</div><p>ICB</p>`);
    const steps = [...textBlockSteps(root)];
    expect(steps.filter((s) => s === PAUSE).length).toBeGreaterThanOrEqual(10);
    expect(steps.filter((s) => s !== PAUSE).map((b) => b?.text)).toEqual(['ICB']);
  });
});
