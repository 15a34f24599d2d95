// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEME_CHECK_MS, watchPageScheme } from '../../../lib/content/page-scheme';

/** Long enough for the watcher to look at the page again after a change. */
const settle = () => new Promise((resolve) => setTimeout(resolve, SCHEME_CHECK_MS + 50));

let calls: number;
let stop: () => void;

beforeEach(() => {
  document.documentElement.removeAttribute('class');
  document.body.replaceWith(document.createElement('body'));
  document.body.innerHTML = '<main><p class="note">The Better Care Fund plan.</p></main>';
  calls = 0;
  stop = watchPageScheme(document, () => calls++);
});
afterEach(() => stop());

describe('watching for a page that turns dark or light', () => {
  it('hears a class set on <body>, as a dark-mode button sets it', async () => {
    document.body.classList.add('dark-mode');
    await settle();
    expect(calls).toBe(1);
  });

  it('hears a data attribute set on <html>', async () => {
    document.documentElement.setAttribute('data-theme', 'dark');
    await settle();
    expect(calls).toBe(1);
  });

  it('hears a style set on <body>', async () => {
    document.body.style.background = '#111';
    await settle();
    expect(calls).toBe(1);
  });

  it('hears a new <body>, and then changes to that one', async () => {
    document.body.replaceWith(document.createElement('body'));
    await settle();
    expect(calls).toBe(1);
    document.body.className = 'high-contrast';
    await settle();
    expect(calls).toBe(2);
  });

  it('is told once for many changes close together', async () => {
    document.body.classList.add('a');
    document.documentElement.classList.add('b');
    document.body.style.color = 'white';
    await settle();
    expect(calls).toBe(1);
  });

  it('ignores changes inside the page: a paragraph’s class, new text', async () => {
    document.querySelector('.note')?.classList.add('highlighted');
    document.querySelector('main')?.append(document.createElement('p'));
    await settle();
    expect(calls).toBe(0);
  });

  it('hears nothing once stopped', async () => {
    stop();
    document.body.classList.add('dark-mode');
    await settle();
    expect(calls).toBe(0);
  });
});
