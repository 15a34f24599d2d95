import { describe, expect, it } from 'vitest';
import {
  contrastOf,
  isDarkColour,
  lowContrast,
  neededRatio,
  parseColour,
  type TextSample,
} from '../../harness/contrast';

function sample(over: Partial<TextSample>): TextSample {
  return {
    text: 'words',
    where: 'p',
    color: 'rgb(0, 0, 0)',
    layers: ['rgba(0, 0, 0, 0)'],
    canvas: 'rgb(255, 255, 255)',
    opacity: 1,
    fontSizePx: 16,
    fontWeight: 400,
    ...over,
  };
}

describe('the contrast check the end-to-end tests run on our UI', () => {
  it('reads the colours browsers compute, with and without alpha', () => {
    expect(parseColour('rgb(11, 12, 12)')).toEqual([11, 12, 12, 1]);
    expect(parseColour('rgba(255, 184, 28, 0.55)')).toEqual([255, 184, 28, 0.55]);
    expect(parseColour('rgb(10 20 30 / 50%)')).toEqual([10, 20, 30, 0.5]);
    expect(() => parseColour('Canvas')).toThrow(/not an rgb/);
  });

  it('asks 4.5:1 of body text and 3:1 of large text', () => {
    expect(neededRatio(16, 400)).toBe(4.5);
    expect(neededRatio(20, 400)).toBe(4.5);
    expect(neededRatio(19, 700)).toBe(3);
    expect(neededRatio(24, 400)).toBe(3);
  });

  it('gives black on white 21:1', () => {
    expect(contrastOf(sample({})).ratio).toBeCloseTo(21, 5);
  });

  it('composes transparent layers down to the canvas, so dark text on a dark canvas fails', () => {
    const onDark = sample({ color: 'rgb(11, 12, 12)', canvas: 'rgb(18, 18, 18)' });
    expect(contrastOf(onDark).background).toBe('#121212');
    expect(lowContrast([onDark])).toHaveLength(1);
  });

  it('takes the nearest opaque layer, not the canvas, when one is there', () => {
    const onCard = sample({ color: 'rgb(241, 243, 244)', layers: ['rgb(22, 24, 26)', 'rgb(255, 255, 255)'] });
    expect(contrastOf(onCard).background).toBe('#16181a');
    expect(lowContrast([onCard])).toEqual([]);
  });

  it('mixes a translucent tint with what is under it', () => {
    const tinted = sample({ layers: ['rgba(0, 0, 0, 0.5)'] });
    expect(contrastOf(tinted).background).toBe('#808080');
  });

  it('fades text by the opacity of its ancestors', () => {
    const faded = sample({ opacity: 0.3 });
    expect(contrastOf(faded).ratio).toBeLessThan(4.5);
    expect(lowContrast([faded])[0]).toMatchObject({ text: 'words', needed: 4.5 });
  });

  it('fails 4.49:1 rather than rounding it up', () => {
    // #767676 on white is 4.54:1; #777777 is 4.48:1.
    expect(lowContrast([sample({ color: 'rgb(118, 118, 118)' })])).toEqual([]);
    expect(lowContrast([sample({ color: 'rgb(119, 119, 119)' })])).toHaveLength(1);
  });

  it('tells a dark scheme’s background from a light one', () => {
    expect(isDarkColour('rgb(22, 24, 26)')).toBe(true);
    expect(isDarkColour('rgb(255, 255, 255)')).toBe(false);
    expect(isDarkColour('rgb(243, 242, 241)')).toBe(false);
  });
});
