import { describe, expect, it } from 'vitest';
import { fitWidth, MAX_ZOOM, MIN_ZOOM, zoomIn, zoomLabel, zoomOut } from '../../../lib/pdf/zoom';

describe('zoom', () => {
  it('steps up to the next level above the current scale, not the nearest', () => {
    expect(zoomIn(1.03)).toBe(1.1);
  });

  it('steps down to the next level below', () => {
    expect(zoomOut(1.03)).toBe(1);
  });

  it('stops at the limits', () => {
    expect([zoomIn(MAX_ZOOM), zoomOut(MIN_ZOOM)]).toEqual([MAX_ZOOM, MIN_ZOOM]);
  });

  it('fits an A4 page (595 pt) into 1000 px at 168%', () => {
    expect(fitWidth(595, 1000)).toBe(1.68);
  });

  it('never fits below the smallest zoom, on a narrow window', () => {
    expect(fitWidth(595, 100)).toBe(MIN_ZOOM);
  });

  it('labels scales as percentages', () => {
    expect(zoomLabel(1.25)).toBe('125%');
  });
});
