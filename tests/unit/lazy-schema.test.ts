import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { lazySchema } from '../../lib/lazy-schema';

/** A schema built on first use behaves exactly as the schema itself, alone or inside another. */
describe('a lazily built schema', () => {
  it('is not built until it is first used, and then only once', () => {
    let builds = 0;
    const schema = lazySchema(() => {
      builds++;
      return z.string().min(2);
    });
    expect(builds).toBe(0);
    expect(schema.safeParse('ok').success).toBe(true);
    expect(schema.safeParse('x').success).toBe(false);
    expect(builds).toBe(1);
  });

  it('works inside objects, arrays and optional fields, with the same messages', () => {
    const name = lazySchema(() => z.string().min(1, 'must not be empty'));
    const schema = lazySchema(() => z.strictObject({ names: z.array(name), nick: name.optional() }));
    expect(schema.parse({ names: ['a'] })).toEqual({ names: ['a'] });
    const failed = schema.safeParse({ names: [''] });
    expect(failed.success).toBe(false);
    expect(failed.error?.issues[0]?.message).toBe('must not be empty');
  });

  it('is an instance of its schema class', () => {
    expect(lazySchema(() => z.string())).toBeInstanceOf(z.ZodString);
  });
});
