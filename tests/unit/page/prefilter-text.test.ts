// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { prefilterText } from '../../../lib/page/prefilter-text';

function body(markup: string): HTMLElement {
  const root = document.createElement('body');
  root.innerHTML = markup;
  return root;
}

describe('the text the prefilter reads', () => {
  it('is the page text when nothing hidden sits inside a line', () => {
    expect(prefilterText(body('<p>Better <b>Care</b> Fund</p>'))).toBe('Better Care Fund');
  });

  it('is the page text when scripts and hidden blocks sit between blocks', () => {
    const markup = '<p>One</p><script>var x = 1;</script><div hidden>menu</div>\n<p>Two</p><style>p{}</style>';
    expect(prefilterText(body(markup))).toBe('Onevar x = 1;menu\nTwop{}');
  });

  it('is the page text when a script ends a line or stands at a line break', () => {
    expect(prefilterText(body('<p>Better Care Fund<script>1</script></p>'))).toBeDefined();
    expect(prefilterText(body('<p>Better<br><script>1</script>Care</p>'))).toBeDefined();
  });

  it.each([
    ['a hidden word', '<p>Better <span hidden>x</span>Care Fund</p>'],
    ['a script', '<p>Better <script>1</script> Care Fund</p>'],
    ['an inline display:none', '<p>Better <i style="display: NONE">x</i>Care Fund</p>'],
    ['ruby text', '<p>Better <rt>x</rt> Care</p>'],
    ['hidden text inside an inline element', '<p><span>Better <span hidden>x</span> Care</span></p>'],
  ])('is not given when %s splits a line (the page must be read)', (_, markup) => {
    expect(prefilterText(body(markup))).toBeUndefined();
  });

  it('is not given for a page with hundreds of scripts and hidden elements to check', () => {
    expect(prefilterText(body('<div hidden>x</div>'.repeat(401)))).toBeUndefined();
  });

  it('ignores hidden elements with no text', () => {
    expect(prefilterText(body('<p>Better <span hidden></span>Care</p>'))).toBe('Better Care');
  });
});

describe('the text the prefilter reads, around content the walk skips', () => {
  it('is not given when an editable field sits inside a line', () => {
    expect(prefilterText(body('<p>Better <span contenteditable>x</span> Care</p>'))).toBeUndefined();
  });

  it('is given when the skipped content takes room and so ends the line anyway', () => {
    expect(prefilterText(body('<p>Better <textarea>x</textarea><script>1</script> Care</p>'))).toBeDefined();
  });
});

describe('the text the prefilter reads, inside form controls', () => {
  it('is given when options sit in a select between words: the select ends the line', () => {
    expect(
      prefilterText(body('<p>Area <select><option>North</option><option>South</option></select> ward</p>')),
    ).toBeDefined();
  });
});
