// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { blockRange, toDomRange } from '../../../lib/page/ranges';
import { nodesInSpan, pageTextBlock } from '../../../lib/pdf/page-text';

/** A text layer as PDF.js builds it: one span per run of text, a <br> at each line end. */
function layer(html: string): HTMLElement {
  const div = document.createElement('div');
  div.className = 'textLayer';
  div.innerHTML = html;
  document.body.append(div);
  return div;
}

describe('pageTextBlock', () => {
  it('joins runs on one line as they are', () => {
    expect(pageTextBlock(layer('<span>Better </span><span>Care Fund</span>'))?.text).toBe('Better Care Fund');
  });

  it('joins lines with one space, so a term wrapped across lines is still one phrase', () => {
    expect(pageTextBlock(layer('<span>the Better Care</span><br><span>Fund plan</span>'))?.text).toBe(
      'the Better Care Fund plan',
    );
  });

  it('adds no second space when the line already ends in one', () => {
    expect(pageTextBlock(layer('<span>Better Care </span><br><span>Fund</span>'))?.text).toBe('Better Care Fund');
  });

  it('reads inside marked-content spans', () => {
    expect(
      pageTextBlock(layer('<span class="markedContent"><span>ICB</span></span><br><span>board</span>'))?.text,
    ).toBe('ICB board');
  });

  it('has no block for a page with no text', () => {
    expect(pageTextBlock(layer('<span> </span><br>'))).toBeUndefined();
  });

  it('maps a phrase across a line end back to both text nodes', () => {
    const block = pageTextBlock(layer('<span>the Better Care</span><br><span>Fund plan</span>'))!;
    const start = block.text.indexOf('Better');
    const end = start + 'Better Care Fund'.length;
    expect(toDomRange(blockRange(block, start, end)).toString()).toBe('Better CareFund');
    expect(nodesInSpan(block, start, end).map((n) => n.data)).toEqual(['the Better Care', 'Fund plan']);
  });
});
