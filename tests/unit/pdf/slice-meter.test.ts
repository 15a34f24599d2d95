import { describe, expect, it } from 'vitest';
import { SliceMeter } from '../../../lib/pdf/slice-meter';

/** A clock the test moves by hand. */
function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('SliceMeter', () => {
  it('records the longest piece of work and what it was', () => {
    const c = clock();
    const meter = new SliceMeter(c.now);
    meter.time('short', () => c.advance(3));
    meter.time('long', () => c.advance(12));
    expect(meter.snapshot()).toMatchObject({ longestMs: 12, longestLabel: 'long', slices: 2 });
  });

  /** Each step takes 4 ms of the test's clock. */
  let c = clock();
  const slow = (inner: Iterator<number>) => {
    c.advance(4);
    return inner.next();
  };

  it('counts steps pulled back to back as one slice', () => {
    c = clock();
    const meter = new SliceMeter(c.now);
    const inner = [1, 2, 3][Symbol.iterator]();
    const steps = meter.steps('match', { next: () => slow(inner) });
    while (!steps.next().done);
    expect(meter.snapshot()).toMatchObject({ longestMs: 16, slices: 1 });
  });

  it('starts a new slice after a pause, as when the runner yields to the page', () => {
    c = clock();
    const meter = new SliceMeter(c.now);
    const inner = [1, 2, 3][Symbol.iterator]();
    const steps = meter.steps('match', { next: () => slow(inner) });
    steps.next();
    c.advance(5);
    steps.next();
    steps.next();
    steps.next();
    expect(meter.snapshot()).toMatchObject({ longestMs: 12, slices: 2 });
  });
});
