import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver } from '@/components/letter/autosave';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createAutosaver', () => {
  it('saves nothing until the delay has passed without a change', async () => {
    const save = vi.fn(async (_: string) => {});
    const saver = createAutosaver({ delay: 500, save });
    saver.schedule('a');
    await vi.advanceTimersByTimeAsync(499);
    expect(save).not.toHaveBeenCalled();
  });

  it('saves a burst of changes once, with the last value', async () => {
    const save = vi.fn(async (_: string) => {});
    const saver = createAutosaver({ delay: 500, save });
    for (const v of ['a', 'ab', 'abc']) {
      saver.schedule(v);
      await vi.advanceTimersByTimeAsync(200);
    }
    await vi.advanceTimersByTimeAsync(500);
    expect(save.mock.calls).toEqual([['abc']]);
  });

  it('saves at once when flushed', async () => {
    const save = vi.fn(async (_: string) => {});
    const saver = createAutosaver({ delay: 500, save });
    saver.schedule('a');
    await saver.flush();
    expect(save.mock.calls).toEqual([['a']]);
  });

  it('starts a save only after the one before has finished', async () => {
    const order: string[] = [];
    const save = async (v: string) => {
      order.push(`start ${v}`);
      await new Promise((r) => setTimeout(r, 1000));
      order.push(`end ${v}`);
    };
    const saver = createAutosaver({ delay: 10, save });
    saver.schedule('a');
    await vi.advanceTimersByTimeAsync(20);
    saver.schedule('b');
    await vi.advanceTimersByTimeAsync(3000);
    expect(order).toEqual(['start a', 'end a', 'start b', 'end b']);
  });

  it('reports a failed save and keeps saving later changes', async () => {
    const onError = vi.fn();
    const save = vi.fn(async (v: string) => {
      if (v === 'bad') throw new Error('quota');
    });
    const saver = createAutosaver({ delay: 10, save, onError });
    saver.schedule('bad');
    await saver.flush();
    saver.schedule('good');
    await saver.flush();
    expect(onError).toHaveBeenCalledOnce();
    expect(save).toHaveBeenLastCalledWith('good');
  });
});
