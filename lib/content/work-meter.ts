/**
 * Adds up the main-thread time the content script spends on a page: every
 * slice of scanning (full scans and rescans alike) and every batch of page
 * changes it notes. A page that mutates without end must not keep us busy,
 * and this is the figure that shows it: busy time over elapsed time.
 */
export interface WorkTotals {
  /** Total time in our pieces of work, in milliseconds. */
  busyMs: number;
  /** How many uninterrupted pieces of work (scan slices, mutation callbacks). */
  pieces: number;
  longestMs: number;
  /** When the totals were read, on the page's clock (performance.now()). */
  at: number;
}

export class WorkMeter {
  private busyMs = 0;
  private pieces = 0;
  private longestMs = 0;

  /** Records one uninterrupted piece of work that took `ms`. */
  add(ms: number): void {
    this.busyMs += ms;
    this.pieces++;
    if (ms > this.longestMs) this.longestMs = ms;
  }

  /** Runs `work`, recording how long it took. */
  time<T>(work: () => T): T {
    const started = performance.now();
    try {
      return work();
    } finally {
      this.add(performance.now() - started);
    }
  }

  /** Adds another meter's totals to this one: the gate's, when the lens takes over from it. */
  include(other: WorkTotals): void {
    this.busyMs += other.busyMs;
    this.pieces += other.pieces;
    if (other.longestMs > this.longestMs) this.longestMs = other.longestMs;
  }

  totals(): WorkTotals {
    return { busyMs: this.busyMs, pieces: this.pieces, longestMs: this.longestMs, at: performance.now() };
  }
}
