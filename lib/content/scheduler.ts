/**
 * Runs a long job in slices so that no task of ours blocks the page: each slice
 * stops after `budgetMs` and yields to the event loop (and so to input and
 * painting) before the next. A slice is a few milliseconds; the 50 ms long-task
 * threshold is never approached as long as one step is small.
 */
/** Anything with an `aborted` flag: an AbortSignal, or a check computed at each step. */
export interface Cancellation {
  readonly aborted: boolean;
}

export interface SliceOptions {
  budgetMs?: number;
  signal?: Cancellation;
  now?: () => number;
  /** Told how long each slice ran, for the benchmark's "longest task of ours". */
  onSlice?: (ms: number) => void;
  /**
   * Waits for a rendered frame once this long has passed since the job started or last did (30 ms
   * unless set, so that a frame's work and its rendering stay under 50 ms). Our slices resume as
   * scheduler.yield() continuations, which Chromium runs ahead of rendering: on the LCH pack it
   * rendered nothing for 100 ms at a time while we scanned, holding back the marks already painted
   * in view and the page's own updates.
   */
  frameEveryMs?: number;
  /** How a frame is waited for; the default is `nextFrameThenTask`. */
  waitForFrame?: () => Promise<void>;
  /**
   * Waits for a rendered frame after the first slice too, unless the job ended within it: for a full scan,
   * whose first slice marks what is in view and which puts our stylesheet in as that slice ends, so the
   * frame that shows those marks and restyles the page for our rules holds no more of our work.
   */
  frameAfterFirstSlice?: boolean;
}

type Yield = () => Promise<void>;

const yieldToEventLoop: Yield = (() => {
  const g = globalThis as { scheduler?: { yield?: () => Promise<void> } };
  if (typeof g.scheduler?.yield === 'function') return () => g.scheduler!.yield!();
  if (typeof MessageChannel === 'function') {
    // A message-channel task runs before timers clamped to 4 ms, so short jobs finish promptly.
    return () =>
      new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          resolve();
        };
        channel.port2.postMessage(null);
      });
  }
  return () => new Promise<void>((resolve) => setTimeout(resolve, 0));
})();

/**
 * Resolves in a task after the next rendered frame. A hidden tab renders no
 * frames, so there (or if a frame is slow to come) it resolves as a plain
 * yield would.
 */
export function nextFrameThenTask(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function' || globalThis.document?.visibilityState === 'hidden')
    return yieldToEventLoop();
  return afterNextFrame({ longestMs: 100 });
}

/**
 * Pulls steps from `steps` until it is exhausted, yielding whenever a slice has
 * used its budget, and letting a frame render every `frameEveryMs`. Resolves
 * with the number of steps run; stops early, without error, when `signal` aborts.
 */
export async function runInSlices(steps: Iterator<unknown>, options: SliceOptions = {}): Promise<number> {
  const budget = options.budgetMs ?? 8;
  const now = options.now ?? (() => performance.now());
  const frameEvery = options.frameEveryMs ?? 30;
  const waitForFrame = options.waitForFrame ?? nextFrameThenTask;
  let count = 0;
  let lastFrame = options.frameAfterFirstSlice ? Number.NEGATIVE_INFINITY : now();
  for (;;) {
    // Checked once a slice, not once a step: nothing can abort a job in the middle of our own task, and
    // the check can be dear (a content script's asks the browser whether the extension is still there).
    if (options.signal?.aborted) return count;
    const sliceStart = now();
    try {
      do {
        if (steps.next().done) return count;
        count++;
      } while (now() - sliceStart < budget);
    } finally {
      options.onSlice?.(now() - sliceStart);
    }
    if (now() - lastFrame >= frameEvery) {
      await waitForFrame();
      lastFrame = now();
    } else {
      await yieldToEventLoop();
    }
  }
}

/** Coalesces repeated requests into one run on the next animation frame (or a timer where frames do not run). */
export function frameThrottle(run: () => void): { request(): void; cancel(): void } {
  let pending = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fire = () => {
    pending = 0;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    run();
  };
  return {
    request() {
      if (pending || timer !== undefined) return;
      if (typeof requestAnimationFrame === 'function') pending = requestAnimationFrame(fire);
      // Background tabs get no frames; a timer makes sure work still happens, just later.
      timer = setTimeout(fire, 250);
    },
    cancel() {
      if (pending && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(pending);
      if (timer !== undefined) clearTimeout(timer);
      pending = 0;
      timer = undefined;
    },
  };
}

/**
 * Resolves once the browser has rendered a frame, when style and layout are
 * up to date and reading them (a computed colour, a point query) is cheap.
 * Read earlier, on a page whose own scripts just built 50,000 elements, the
 * same query makes us pay for the page's whole first layout inside our task
 * (0.8 s in Chromium in the hostile-page suite). A hidden tab renders no
 * frames, so there it resolves after `hiddenMs`. Nor does a frame out of view:
 * Chromium renders none for one from another site, Firefox about one a
 * second, so `longestMs` stays short enough that a frame far down the page is
 * marked before the reader scrolls to it (with 10 s, once by the gate and
 * once by the lens, Chromium marked one 20 s after load). A page busy with its
 * own first layout holds our timer back with it, so the backstop rarely fires
 * before that layout is done.
 */
export function afterNextFrame(options: { hiddenMs?: number; longestMs?: number } = {}): Promise<void> {
  const { hiddenMs = 250, longestMs = 1_000 } = options;
  return new Promise((resolve) => {
    const hidden = typeof document !== 'undefined' && document.visibilityState === 'hidden';
    const timer = setTimeout(resolve, hidden ? hiddenMs : longestMs);
    if (hidden || typeof requestAnimationFrame !== 'function') return;
    // A task queued from a frame callback runs after that frame's style, layout and paint.
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}
