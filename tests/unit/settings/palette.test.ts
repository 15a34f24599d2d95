import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../lib/settings/contrast';
import { markCss, markDeclarations, PALETTE, SCHEME_BACKGROUNDS, SCHEME_TEXT } from '../../../lib/settings/palette';
import { MARK_COLOURS } from '../../../lib/settings/schema';

const ALL_BACKGROUNDS = [...SCHEME_BACKGROUNDS.light, ...SCHEME_BACKGROUNDS.dark];
const cases = MARK_COLOURS.flatMap((colours) =>
  (['light', 'dark'] as const).map((scheme) => [colours, scheme] as const),
);

describe('the mark palette', () => {
  it('has a light and a dark pair for every colour set the settings offer', () => {
    expect(Object.keys(PALETTE).sort()).toEqual([...MARK_COLOURS].sort());
  });

  it.each(cases)('%s %s underline keeps 3:1 against white and near-black pages', (colours, scheme) => {
    for (const background of ALL_BACKGROUNDS) {
      expect(contrastRatio(PALETTE[colours][scheme].underline, background), background).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(cases)('%s %s underline keeps 3:1 against its own tint', (colours, scheme) => {
    const { underline, tint } = PALETTE[colours][scheme];
    expect(contrastRatio(underline, tint)).toBeGreaterThanOrEqual(3);
  });

  it.each(cases)('%s %s tint keeps its scheme’s text at 4.5:1', (colours, scheme) => {
    expect(contrastRatio(SCHEME_TEXT[scheme], PALETTE[colours][scheme].tint)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('contrast', () => {
  it('matches the WCAG figures for black and white and for a mid grey', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('mark declarations', () => {
  it('underline alone has no tint', () => {
    expect(markDeclarations('underline', 'blue', 'light')).toEqual({
      textDecorationLine: 'underline',
      textDecorationColor: '#1d70b8',
      textDecorationThickness: '2px',
    });
  });

  it('tint alone has no underline', () => {
    expect(markDeclarations('tint', 'amber', 'dark')).toEqual({
      textDecorationLine: 'none',
      backgroundColor: '#3d2800',
    });
  });

  it('as CSS text, for a ::highlight() rule', () => {
    expect(markCss('both', 'purple', 'light')).toBe(
      'text-decoration-line: underline; text-decoration-color: #7c3aed; text-decoration-thickness: 2px; background-color: #ede9fe;',
    );
  });
});
