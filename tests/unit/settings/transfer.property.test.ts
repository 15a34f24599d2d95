import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkImportText, checkImportValue, exportText } from '../../../lib/settings/transfer';
import { VIRTUAL_WARD } from '../local-terms/fixtures';
import { exportOf, fileData, USED_SETTINGS } from './fixtures';

const isAnswer = (check: ReturnType<typeof checkImportValue>) =>
  check.ok
    ? typeof check.file === 'object'
    : check.errors.length > 0 && check.errors.every((e) => typeof e === 'string' && e.length > 0);

describe('the import check, for any input', () => {
  it('never throws on an arbitrary JSON value, and answers with the file or at least one message', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(isAnswer(checkImportValue(value))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(isAnswer(checkImportText(text))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws when any one part of a valid file is swapped for an arbitrary JSON value', () => {
    const paths = [
      ['settings'],
      ['settings', 'sites'],
      ['settings', 'marks'],
      ['localTerms'],
      ['localTerms', '0'],
      ['localTerms', '0', 'link'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.string(), fc.jsonValue(), (path, key, replacement) => {
        const data = fileData();
        let target = data;
        for (const step of path) target = target[step];
        // No parsed file has an array whose length is not its length; assigning one would throw in the test itself.
        fc.pre(!(Array.isArray(target) && key === 'length'));
        target[key] = replacement;
        expect(isAnswer(checkImportValue(data))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('accepts whatever it exports', () => {
    const check = checkImportText(exportText(exportOf(USED_SETTINGS, [VIRTUAL_WARD])));
    expect(check.ok).toBe(true);
  });
});
