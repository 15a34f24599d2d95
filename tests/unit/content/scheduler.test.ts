import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextFrame, runInSlices, type SliceOptions } from '../../../lib/content/scheduler';

function* steps(n: number, log: string[]) {
  for (let i = 0; i < n; i++) {
    log.push(`step ${i}`);
    yield;
  }
}

/** `n` steps that each take `ms` on a fake clock, telling `onStep` as each runs; `now` reads the clock. */
function clockedSteps(n: number, ms: number, onStep: (i: number) => void = () => {}) {
  let clock = 0;
  return {
    steps: (function* () {
      for (let i = 0; i < n; i++) {
        clock += ms;
        onStep(i);
        yield;
      }
    })(),
    now: () => clock,
  };
}

/** When `runInSlices` let frames render, on the fake clock, for `n` steps of 5 ms in slices of 8 ms. */
async function frameTimes(n: number, options: SliceOptions = {}): Promise<number[]> {
  const frames: number[] = [];
  const { steps, now } = clockedSteps(n, 5);
  await runInSlices(steps, { budgetMs: 8, now, waitForFrame: async () => void frames.push(now()), ...options });
  return frames;
}

describe('runInSlices', () => {
  it('runs every step', async () => {
    const log: string[] = [];
    expect(await runInSlices(steps(5, log))).toBe(5);
    expect(log).toHaveLength(5);
  });

  it('yields to the event loop when a slice has used its budget', async () => {
    const log: string[] = [];
    const { steps, now } = clockedSteps(6, 5, (i) => log.push(`step ${i}`));
    const job = runInSlices(steps, { budgetMs: 8, now });
    log.push('caller continues');
    await job;
    // Two 5 ms steps fill an 8 ms slice, so the caller runs after the second step.
    expect(log.indexOf('caller continues')).toBe(2);
  });

  it('starts no new slice once cancelled, without error', async () => {
    const log: string[] = [];
    const cancel = { aborted: false };
    const { steps, now } = clockedSteps(100, 5, (i) => {
      if (i === 3) cancel.aborted = true;
      log.push(`step ${i}`);
    });
    const job = runInSlices(steps, { budgetMs: 8, now, signal: cancel });
    // Two 5 ms steps to a slice: the slice that cancelled (steps 2 and 3) ends, and no other begins.
    expect(await job).toBe(4);
    expect(log).toHaveLength(4);
  });

  it('runs nothing when cancelled before it starts', async () => {
    const log: string[] = [];
    expect(await runInSlices(steps(5, log), { signal: { aborted: true } })).toBe(0);
    expect(log).toEqual([]);
  });

  it('lets a frame render once 30 ms have passed since the job began or last let one', async () => {
    const yields: string[] = [];
    const { steps, now } = clockedSteps(40, 5);
    await runInSlices(steps, {
      budgetMs: 8,
      now,
      waitForFrame: async () => {
        yields.push(`frame at ${now()}`);
      },
    });
    // 200 ms of work in 10 ms slices: a frame after every third slice.
    expect(yields).toEqual([
      'frame at 30',
      'frame at 60',
      'frame at 90',
      'frame at 120',
      'frame at 150',
      'frame at 180',
    ]);
  });

  it('can let a frame render after the first slice as well, then every 30 ms from it', async () => {
    expect(await frameTimes(16, { frameAfterFirstSlice: true })).toEqual([10, 40, 70]);
  });

  it('lets no frame render after the first slice of a job that ends within it', async () => {
    expect(await frameTimes(1, { frameAfterFirstSlice: true })).toEqual([]);
  });

  it('waits for no frame in a job shorter than that', async () => {
    expect(await frameTimes(5)).toEqual([]);
  });
});

describe('afterNextFrame', () => {
  let frameCallbacks: FrameRequestCallback[];
  let visibility: DocumentVisibilityState;
  beforeEach(() => {
    vi.useFakeTimers();
    frameCallbacks = [];
    visibility = 'visible';
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frameCallbacks.push(cb));
    vi.stubGlobal('document', {
      get visibilityState() {
        return visibility;
      },
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  /** Whether the promise has settled once `ms` of fake time have passed. */
  async function settledAfter(promise: Promise<void>, ms: number): Promise<boolean> {
    let settled = false;
    void promise.then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(ms);
    return settled;
  }

  it('resolves in the task after a rendered frame', async () => {
    const done = afterNextFrame();
    expect(await settledAfter(done, 0)).toBe(false);
    for (const cb of frameCallbacks) cb(0);
    expect(await settledAfter(done, 0)).toBe(true);
  });

  it('resolves within a second when no frame is rendered, as for a frame out of view', async () => {
    const done = afterNextFrame();
    expect(await settledAfter(done, 999)).toBe(false);
    expect(await settledAfter(done, 1)).toBe(true);
  });

  it('resolves after a quarter of a second in a hidden tab, which renders no frames', async () => {
    visibility = 'hidden';
    const done = afterNextFrame();
    expect(frameCallbacks).toEqual([]);
    expect(await settledAfter(done, 250)).toBe(true);
  });
});
