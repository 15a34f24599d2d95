import { isDeepStrictEqual } from 'node:util';

/**
 * Reads `probe` until it gives `expected` or `timeout` passes, and returns what it read last: the caller's
 * `expect` then shows how a value that never settled differs.
 */
export async function settles<T>(probe: () => Promise<T>, expected: T, timeout: number): Promise<T> {
  const deadline = Date.now() + timeout;
  let value = await probe();
  while (!isDeepStrictEqual(value, expected) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    value = await probe();
  }
  return value;
}
