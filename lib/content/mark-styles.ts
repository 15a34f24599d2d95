import { type ColourScheme, type MarkColours, PALETTE, UNDERLINE_THICKNESS } from '../settings/palette';
import type { MarkStyle } from '../settings/schema';
import { HIGHLIGHTS } from './highlight-names';

/**
 * The kinds of mark differ in the line's pattern, not only its colour, so they
 * stay distinct for readers who do not see colour: a current term is dotted, a
 * historical one dashed, one of the user's own terms solid. The colours are
 * the user's chosen set (lib/settings/palette.ts, where their contrast is
 * checked); highlights can only change colour, background and decoration,
 * never layout.
 */
const PATTERN: Record<'term' | 'historical' | 'local', string> = {
  term: 'dotted',
  historical: 'dashed',
  local: 'solid',
};

const FOCUS: Record<ColourScheme, string> = { light: 'rgba(255, 184, 28, 0.55)', dark: 'rgba(255, 207, 77, 0.45)' };

/**
 * Which elements our ::highlight() rules are written for. Adding them makes
 * the browser restyle every element they reach, in one rendering task we
 * cannot slice: on the Leeds Community Healthcare pack (11,863 elements)
 * Chromium took 140-160 ms to restyle for rules on every element and 80-85 ms
 * for rules on the root alone, which its highlight inheritance passes down to
 * every descendant. Firefox does not pass highlight styles down (a rule on
 * the root paints nothing below it), and restyles the same page in about
 * 30 ms either way, so it keeps the rules on every element.
 */
export type RuleScope = 'root' | 'every-element';

/** The scope for the browser this build is for: WXT sets import.meta.env.FIREFOX at build time. */
export const BUILD_RULE_SCOPE: RuleScope = import.meta.env?.FIREFOX ? 'every-element' : 'root';

export function markCss(
  style: MarkStyle,
  colours: MarkColours,
  scheme: ColourScheme,
  scope: RuleScope = BUILD_RULE_SCOPE,
): string {
  const pair = PALETTE[colours][scheme];
  const tint = style === 'underline' ? 'transparent' : pair.tint;
  const on = scope === 'root' ? ':root' : '';
  const rule = (name: string, pattern: string) =>
    style === 'tint'
      ? `${on}::highlight(${name}) { background-color: ${tint}; }`
      : `${on}::highlight(${name}) { background-color: ${tint}; text-decoration: underline ${pattern} ${pair.underline}; text-decoration-thickness: ${UNDERLINE_THICKNESS}; text-underline-offset: 0.2em; }`;
  return [
    rule(HIGHLIGHTS.term, PATTERN.term),
    rule(HIGHLIGHTS.historical, PATTERN.historical),
    rule(HIGHLIGHTS.local, PATTERN.local),
    `${on}::highlight(${HIGHLIGHTS.focus}) { background-color: ${FOCUS[scheme]}; }`,
  ].join('\n');
}

/** Whether the page is dark, from the colour behind its text; decides which colour set keeps contrast. */
export function isDarkPage(doc: Document): boolean {
  const win = doc.defaultView;
  if (!win) return false;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const rgb = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(
      win.getComputedStyle(el).backgroundColor,
    );
    if (!rgb || rgb[4] === '0') continue;
    const [r, g, b] = [rgb[1], rgb[2], rgb[3]].map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.2;
  }
  return win.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}
