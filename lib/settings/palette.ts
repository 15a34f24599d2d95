import type { MarkStyle, Settings } from './schema';

/**
 * The colours marks are painted in, shared by the content script and the
 * options page's sample so what the user picks is what pages show.
 *
 * Every underline keeps at least 3:1 against white and near-black (WCAG 2.2
 * non-text contrast) in both schemes, so a mark stays visible even when a
 * page's own background is misjudged; each tint keeps its scheme's text and
 * underline readable on top of it. tests/unit/settings/palette.test.ts holds
 * these promises.
 */
export type MarkColours = Settings['marks']['colours'];
export type ColourScheme = 'light' | 'dark';

export interface MarkColourPair {
  underline: string;
  tint: string;
}

export type MarkPalette = Record<ColourScheme, MarkColourPair>;

export const PALETTE: Record<MarkColours, MarkPalette> = {
  blue: {
    light: { underline: '#1d70b8', tint: '#dbeafe' },
    dark: { underline: '#4a8fd8', tint: '#172f4d' },
  },
  amber: {
    light: { underline: '#b35c00', tint: '#fef3c7' },
    dark: { underline: '#d97706', tint: '#3d2800' },
  },
  purple: {
    light: { underline: '#7c3aed', tint: '#ede9fe' },
    dark: { underline: '#9d70e8', tint: '#2e2150' },
  },
};

/** The backgrounds the promises above are checked against, and the text each tint must carry. */
export const SCHEME_BACKGROUNDS: Record<ColourScheme, readonly string[]> = {
  light: ['#ffffff'],
  dark: ['#0b0c0c', '#121212', '#16181a'],
};
export const SCHEME_TEXT: Record<ColourScheme, string> = { light: '#0b0c0c', dark: '#f1f3f4' };

export const UNDERLINE_THICKNESS = '2px';

/** The style declarations of one mark, as the content script's `::highlight()` rule and the options sample use them. */
export interface MarkDeclarations {
  textDecorationLine: 'underline' | 'none';
  textDecorationColor?: string;
  textDecorationThickness?: string;
  backgroundColor?: string;
}

export function markDeclarations(style: MarkStyle, colours: MarkColours, scheme: ColourScheme): MarkDeclarations {
  const pair = PALETTE[colours][scheme];
  const underline = style === 'underline' || style === 'both';
  const tint = style === 'tint' || style === 'both';
  return {
    textDecorationLine: underline ? 'underline' : 'none',
    ...(underline ? { textDecorationColor: pair.underline, textDecorationThickness: UNDERLINE_THICKNESS } : {}),
    ...(tint ? { backgroundColor: pair.tint } : {}),
  };
}

/** The same declarations as CSS text, e.g. for `::highlight(scrutiny-lens-term) { … }`. */
export function markCss(style: MarkStyle, colours: MarkColours, scheme: ColourScheme): string {
  return Object.entries(markDeclarations(style, colours, scheme))
    .map(([property, value]) => `${property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${value};`)
    .join(' ');
}
