import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { checkImportText, EXPORT_FORMAT, EXPORT_VERSION } from '../../../lib/settings/transfer';

/**
 * A settings file can be anything a user picks from their disk. The check
 * never throws; it answers with the file, or with messages a person can act
 * on; and no file can reach into the objects of the page that reads it.
 */

type Check = ReturnType<typeof checkImportText>;

/** A clear answer: every message is a sentence of its own, not an object dump or a stack. */
function unclear(check: Check): string[] {
  if (check.ok) return [];
  if (!check.errors.length) return ['no message'];
  return check.errors.filter((e) => typeof e !== 'string' || !e.trim() || /\[object |at .*\(.*:\d+:\d+\)/.test(e));
}

const deepArray = fc.integer({ min: 1, max: 5000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`);
const hostileFile = fc
  .record({
    format: fc.oneof(fc.constant(EXPORT_FORMAT), fc.jsonValue()),
    version: fc.oneof(fc.constant(EXPORT_VERSION), fc.jsonValue()),
    extra: fc.jsonValue(),
  })
  .map(({ format, version, extra }) =>
    JSON.stringify({ format, version, settings: extra, localTerms: extra }).replace(
      '"settings"',
      '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"settings"',
    ),
  );

afterEach(() => {
  delete (Object.prototype as Record<string, unknown>).polluted;
});

describe('the settings import check, on any input', () => {
  it('never throws, and answers with the file or clear messages', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json(), deepArray, hostileFile), (text) => {
        let check: Check | undefined;
        expect(() => {
          check = checkImportText(text);
        }).not.toThrow();
        expect(unclear(check as Check)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('lets no file pollute Object.prototype', () => {
    fc.assert(
      fc.property(hostileFile, (text) => {
        checkImportText(text);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every message short, whatever the file quotes back', () => {
    const check = checkImportText(JSON.stringify({ format: { quoted: 'x'.repeat(5000) }, version: 1 }));
    expect(check.ok ? [] : check.errors.filter((e) => e.length > 300)).toEqual([]);
  });

  it('says plainly when a file is far too big, without reading it', () => {
    const check = checkImportText(' '.repeat(5_000_000));
    expect(check.ok).toBe(false);
    expect(check.ok ? '' : check.errors.join(' ')).toMatch(/MB/);
  });
});
