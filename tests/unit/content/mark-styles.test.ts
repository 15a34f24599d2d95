import { describe, expect, it } from 'vitest';
import { HIGHLIGHTS } from '@/lib/content/highlight-names';
import { markCss } from '@/lib/content/mark-styles';

const selectors = (css: string) => css.split('\n').map((rule) => rule.slice(0, rule.indexOf(' {')));

describe('the ::highlight() rules for the marks', () => {
  it('are written on the root alone where the browser passes highlight styles down (Chromium)', () => {
    expect(selectors(markCss('both', 'blue', 'light', 'root'))).toEqual(
      Object.values(HIGHLIGHTS).map((name) => `:root::highlight(${name})`),
    );
  });

  it('are written for every element where it does not (Firefox)', () => {
    expect(selectors(markCss('both', 'blue', 'light', 'every-element'))).toEqual(
      Object.values(HIGHLIGHTS).map((name) => `::highlight(${name})`),
    );
  });

  it('say the same thing whichever elements they are written for', () => {
    const declarations = (css: string) => css.split('\n').map((rule) => rule.slice(rule.indexOf(' {')));
    for (const style of ['underline', 'tint', 'both'] as const) {
      expect(declarations(markCss(style, 'purple', 'dark', 'root'))).toEqual(
        declarations(markCss(style, 'purple', 'dark', 'every-element')),
      );
    }
  });

  it('tell a historical term from a current one by the line’s pattern, not only its colour', () => {
    const css = markCss('underline', 'blue', 'light', 'root');
    expect(css).toMatch(new RegExp(`highlight\\(${HIGHLIGHTS.term}\\) \\{[^}]*underline dotted`));
    expect(css).toMatch(new RegExp(`highlight\\(${HIGHLIGHTS.historical}\\) \\{[^}]*underline dashed`));
    expect(css).toMatch(new RegExp(`highlight\\(${HIGHLIGHTS.local}\\) \\{[^}]*underline solid`));
  });
});
