// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HiddenContent, isHiddenByAttributes } from '../../../lib/content/hidden-content';
import { type ChangeBatch, watchPageChanges } from '../../../lib/content/mutations';

const element = (html: string): HTMLElement => {
  document.body.innerHTML = html;
  return document.body.firstElementChild as HTMLElement;
};

describe('content hidden by its own attributes', () => {
  it.each([
    ['<p hidden>x</p>', true],
    ['<p hidden="until-found">x</p>', true],
    ['<p style="display: none">x</p>', true],
    ['<p style="color: red;display:none">x</p>', true],
    ['<p style="display: block">x</p>', false],
    ['<p style="opacity: 0">x</p>', false],
    ['<p class="hidden">x</p>', false],
    ['<p>x</p>', false],
  ])('%s is hidden: %s', (html, hidden) => {
    expect(isHiddenByAttributes(element(html))).toBe(hidden);
  });
});

describe('HiddenContent', () => {
  it('leaves hidden elements unread and reports the change when one is shown', () => {
    const hidden = new HiddenContent();
    const p = element('<p hidden>x</p>');
    expect(hidden.excludes(p)).toBe(true);
    p.hidden = false;
    expect(hidden.changed(p)).toBe(true);
  });

  it('reports an element the page hides, once', () => {
    const hidden = new HiddenContent();
    const p = element('<p>x</p>');
    expect(hidden.excludes(p)).toBe(false);
    p.style.display = 'none';
    expect(hidden.changed(p)).toBe(true);
    p.style.color = 'red';
    expect(hidden.changed(p)).toBe(false);
  });

  it('ignores changes of style that neither show nor hide, as an animation makes every frame', () => {
    const hidden = new HiddenContent();
    const shown = element('<p style="opacity: 1">x</p>');
    expect(hidden.excludes(shown)).toBe(false);
    for (let i = 0; i < 5; i++) {
      shown.style.transform = `translateX(${i}px)`;
      expect(hidden.changed(shown)).toBe(false);
    }
    const folded = element('<div style="display: none">x</div>');
    expect(hidden.excludes(folded)).toBe(true);
    folded.style.height = '10px';
    expect(hidden.changed(folded)).toBe(false);
  });
});

describe('watching the page for content it shows or hides', () => {
  let stop: (() => void) | undefined;
  let batches: ChangeBatch[];
  const settle = () => new Promise((resolve) => setTimeout(resolve, 80));
  const roots = () => batches.flatMap((b) => (b.kind === 'blocks' ? b.roots : []));

  beforeEach(() => {
    batches = [];
  });
  afterEach(() => stop?.());

  const watch = (hidden?: HiddenContent) => {
    stop = watchPageChanges(
      document,
      () => false,
      (batch) => batches.push(batch),
      undefined,
      hidden && ((el) => hidden.changed(el)),
    );
  };

  it('sends a block that is shown to be read again, by itself', async () => {
    document.body.innerHTML = '<main><div id="more" style="display: none"><p>The ICB met.</p></div></main>';
    const hidden = new HiddenContent();
    const more = document.getElementById('more') as HTMLElement;
    hidden.excludes(more);
    watch(hidden);
    more.style.display = 'block';
    await settle();
    expect(roots()).toEqual([more]);
  });

  it('sends the paragraph around an inline element that is shown, whose words may join those beside it', async () => {
    document.body.innerHTML = '<p id="p">control <span id="s" hidden>x</span>total</p>';
    const hidden = new HiddenContent();
    const span = document.getElementById('s') as HTMLElement;
    hidden.excludes(span);
    watch(hidden);
    span.hidden = false;
    await settle();
    expect(roots()).toEqual([document.getElementById('p')]);
  });

  it('sends nothing for a change of style that shows or hides nothing', async () => {
    document.body.innerHTML = '<p id="p">The ICB met.</p>';
    watch(new HiddenContent());
    (document.getElementById('p') as HTMLElement).style.transform = 'translateX(3px)';
    await settle();
    expect(batches).toEqual([]);
  });

  it('watches no attribute when not asked to, as the gate does', async () => {
    document.body.innerHTML = '<p id="p" hidden>The ICB met.</p>';
    watch();
    (document.getElementById('p') as HTMLElement).hidden = false;
    await settle();
    expect(batches).toEqual([]);
  });
});
