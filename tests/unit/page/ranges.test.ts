// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findMatches } from '../../../lib/match/scan';
import { blockRange, toDomRange } from '../../../lib/page/ranges';
import { type TextBlock, textBlocks } from '../../../lib/page/text-blocks';
import { matcher } from '../match/fixture-rules';

function firstBlock(markup: string): TextBlock {
  document.body.innerHTML = markup;
  return [...textBlocks(document.body)][0] as TextBlock;
}

/** Every match in the markup, as the text its DOM range covers and the nodes it starts and ends in. */
function rangesIn(markup: string) {
  document.body.innerHTML = markup;
  return [...textBlocks(document.body)].flatMap((block) =>
    findMatches(matcher, String(block.text)).map((m) => {
      const r = blockRange(block, m.start, m.end);
      return {
        text: toDomRange(r).toString(),
        start: [r.startNode.data, r.startOffset],
        end: [r.endNode.data, r.endOffset],
        ids: m.termIds,
      };
    }),
  );
}

describe('a match maps back to the page', () => {
  it('inside one text node', () => {
    expect(rangesIn('<p>The ICB met.</p>')).toEqual([
      { text: 'ICB', start: ['The ICB met.', 4], end: ['The ICB met.', 7], ids: ['integrated-care-board'] },
    ]);
  });

  it('across a bold word and the text after it', () => {
    expect(rangesIn('<p>The <b>control</b> total rose.</p>')).toEqual([
      { text: 'control total', start: ['control', 0], end: [' total rose.', 6], ids: ['control-total'] },
    ]);
  });

  it('ending inside a strong element', () => {
    expect(rangesIn('<p>Clinical Commissioning <strong>Groups</strong> closed.</p>')).toEqual([
      {
        text: 'Clinical Commissioning Groups',
        start: ['Clinical Commissioning ', 0],
        end: ['Groups', 6],
        ids: ['clinical-commissioning-group'],
      },
    ]);
  });

  it('across line breaks in the source', () => {
    expect(rangesIn('<p>the Clinical\n    Commissioning\n    Group</p>').map((r) => r.ids)).toEqual([
      ['clinical-commissioning-group'],
    ]);
  });

  it('across three elements', () => {
    expect(
      rangesIn('<p><i>Health</i> &amp; <a href="#">Wellbeing</a> <span>Board</span></p>').map((r) => r.text),
    ).toEqual(['Health & Wellbeing Board']);
  });
});

describe('offsets on the boundary between two text nodes', () => {
  const block = firstBlock('<p><b>ICB</b> and CCG</p>');

  it('puts a range that ends at a boundary in the node it ends', () => {
    const r = blockRange(block, 0, 3);
    expect([r.endNode.data, r.endOffset]).toEqual(['ICB', 3]);
  });

  it('puts a range that starts at a boundary in the node it starts', () => {
    const r = blockRange(block, 3, 7);
    expect([r.startNode.data, r.startOffset]).toEqual([' and CCG', 0]);
  });

  it.each([
    [-1, 2],
    [2, 2],
    [3, 1],
    [0, 99],
  ])('refuses the span [%i, %i)', (start, end) => {
    expect(() => blockRange(block, start, end)).toThrow(RangeError);
  });
});
