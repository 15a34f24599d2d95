/**
 * Saves the latest value a short while after the last change, one save at a
 * time: a save never starts before the previous one has finished, so the
 * first save of a new letter hands its draft id to every save after it.
 */
export interface Autosaver<T> {
  /** Saves `value` once `delay` has passed without another change. */
  schedule(value: T): void;
  /** Saves any waiting value now; resolves when everything scheduled so far is stored. */
  flush(): Promise<void>;
  /** Forgets the timer (the waiting value should have been flushed first). */
  cancel(): void;
}

export interface AutosaveOptions<T> {
  delay: number;
  save(value: T): Promise<void>;
  onError?(error: unknown): void;
}

export function createAutosaver<T>({ delay, save, onError }: AutosaveOptions<T>): Autosaver<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waiting: { value: T } | undefined;
  let running: Promise<void> = Promise.resolve();

  const flush = (): Promise<void> => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (waiting) {
      const { value } = waiting;
      waiting = undefined;
      running = running.then(() => save(value)).catch((e: unknown) => onError?.(e));
    }
    return running;
  };

  return {
    schedule(value) {
      waiting = { value };
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void flush(), delay);
    },
    flush,
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}
