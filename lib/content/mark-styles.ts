import type { MarkStyle } from '../settings/schema';
import { HIGHLIGHTS } from './highlight-names';

export interface MarkColours {
  underline: string;
  tint: string;
  historicalUnderline: string;
  localUnderline: string;
  focus: string;
}

/**
 * Colours for light and dark pages. The dotted underline carries the meaning
 * and keeps at least 3:1 contrast with the page background; the tint is only a
 * hint and stays light enough that text over it keeps its own contrast.
 */
export const DEFAULT_MARK_COLOURS: Record<'light' | 'dark', MarkColours> = {
  light: {
    underline: '#005eb8',
    tint: 'rgba(0, 94, 184, 0.08)',
    historicalUnderline: '#8a5a00',
    localUnderline: '#6a2c91',
    focus: 'rgba(255, 184, 28, 0.55)',
  },
  dark: {
    underline: '#7cb8ff',
    tint: 'rgba(124, 184, 255, 0.14)',
    historicalUnderline: '#ffc857',
    localUnderline: '#d6a8f5',
    focus: 'rgba(255, 207, 77, 0.45)',
  },
};

/** The ::highlight() rules for our marks. Highlights can only change colour, background and decoration, never layout. */
export function markCss(style: MarkStyle, c: MarkColours): string {
  const tint = style === 'underline' ? 'transparent' : c.tint;
  const line = (colour: string) => (style === 'tint' ? 'none' : `underline dotted ${colour}`);
  const rule = (name: string, colour: string) =>
    `::highlight(${name}) { background-color: ${tint}; text-decoration: ${line(colour)}; text-decoration-thickness: 2px; text-underline-offset: 0.2em; }`;
  return [
    rule(HIGHLIGHTS.term, c.underline),
    rule(HIGHLIGHTS.historical, c.historicalUnderline),
    rule(HIGHLIGHTS.local, c.localUnderline),
    `::highlight(${HIGHLIGHTS.focus}) { background-color: ${c.focus}; }`,
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
