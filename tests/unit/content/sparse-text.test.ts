import { describe, expect, it } from 'vitest';
import { SparseTextTest } from '../../../lib/content/sparse-text';

/** A prefilter that holds a term wherever the text says "term", and records what it was asked. */
function prefilter() {
  const asked: string[] = [];
  return {
    asked,
    test: (text: string) => {
      asked.push(text);
      return text.includes('term');
    },
  };
}

const plain = 'x'.repeat(1000);

describe('the sparse-text test of a full scan', () => {
  it('reads every block in full, without asking the prefilter, until it has read enough to decide', () => {
    const { asked, test } = prefilter();
    const sparse = new SparseTextTest(test, 5000);
    for (let i = 0; i < 4; i++) {
      expect(sparse.rulesOut(plain)).toBe(false);
      sparse.read(plain.length, false);
    }
    expect(sparse.rulesOut(plain)).toBe(false);
    expect(asked).toEqual([]);
  });

  it('rules out the blocks the prefilter rules out once the text read so far was mostly without terms', () => {
    const { test } = prefilter();
    const sparse = new SparseTextTest(test, 5000, 0.25);
    sparse.read(1000, true);
    for (let i = 0; i < 4; i++) sparse.read(plain.length, false);
    expect(sparse.rulesOut(plain)).toBe(true);
    expect(sparse.rulesOut('a term')).toBe(false);
  });

  it('never rules out a block on a page whose start was mostly in blocks with terms', () => {
    const { asked, test } = prefilter();
    const sparse = new SparseTextTest(test, 5000, 0.25);
    sparse.read(2000, true);
    sparse.read(3000, false);
    for (let i = 0; i < 100; i++) sparse.read(plain.length, false);
    expect(sparse.rulesOut(plain)).toBe(false);
    expect(asked).toEqual([]);
  });
});
