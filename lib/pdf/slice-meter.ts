/**
 * Measures our own main-thread work in the viewer, so the benchmark (and
 * anyone profiling) can check that no task of ours comes near the 50 ms
 * long-task threshold. Chromium's long-task observer sees every task but not
 * whose it is; this sees only ours.
 */
export class SliceMeter {
  private longest = 0;
  private longestLabel = '';
  private count = 0;
  private total = 0;
  private readonly byLabel = new Map<string, number>();

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** Runs `work` and records how long it held the thread. */
  time<T>(label: string, work: () => T): T {
    const started = this.now();
    try {
      return work();
    } finally {
      this.record(label, this.now() - started);
    }
  }

  record(label: string, ms: number): void {
    this.count++;
    this.total += ms;
    if (ms > (this.byLabel.get(label) ?? -1)) this.byLabel.set(label, ms);
    if (ms > this.longest) {
      this.longest = ms;
      this.longestLabel = label;
    }
  }

  /**
   * Wraps the steps given to `runInSlices` so each slice is measured: steps
   * pulled back to back belong to one slice; a pause longer than `gapMs`
   * between pulls means the runner yielded and a new slice began. Measuring
   * this way can only merge slices, never split one, so it errs long.
   */
  steps<T>(label: string, inner: Iterator<T>, gapMs = 0.25): Iterator<T> {
    let sliceStart = -1;
    let lastEnd = -1;
    const close = () => {
      if (sliceStart >= 0) this.record(label, lastEnd - sliceStart);
      sliceStart = -1;
    };
    return {
      next: () => {
        const started = this.now();
        if (sliceStart < 0 || started - lastEnd > gapMs) {
          close();
          sliceStart = started;
        }
        const result = inner.next();
        lastEnd = this.now();
        if (result.done) close();
        return result;
      },
    };
  }

  snapshot(): {
    longestMs: number;
    longestLabel: string;
    slices: number;
    totalMs: number;
    longestByLabel: Record<string, number>;
  } {
    return {
      longestMs: this.longest,
      longestLabel: this.longestLabel,
      slices: this.count,
      totalMs: this.total,
      longestByLabel: Object.fromEntries(this.byLabel),
    };
  }
}
