import { Buffer } from 'node:buffer';
import glossary from 'virtual:scrutiny-lens/glossary';
import shipped from 'virtual:scrutiny-lens/matcher';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CompiledMatcher, compileMatcher } from '../../../lib/match/compile';
import { bytesOf, packMatcher, unpackMatcher } from '../../../lib/match/packed';
import { rulesFromTerms } from '../../../lib/match/rules';
import { findMatches, withKeyTable } from '../../../lib/match/scan';
import { matcher as fixtureMatcher } from './fixture-rules';

// The matcher ships with its arrays of numbers as typed arrays' bytes in base64, to keep the lens small.

const compiled = withKeyTable(compileMatcher(rulesFromTerms(glossary.terms)));
const roundTrip = (matcher: CompiledMatcher) => unpackMatcher(JSON.parse(JSON.stringify(packMatcher(matcher))));

/** The matcher with plain arrays where the unpacked one has typed arrays, to compare the numbers alone. */
const plain = (m: CompiledMatcher) =>
  JSON.parse(JSON.stringify(m, (_, v) => (ArrayBuffer.isView(v) ? Array.from(v as Uint8Array) : v)));

describe('the packed matcher', () => {
  it('is, as the extension ships it, the matcher compiled from the glossary', () => {
    expect(plain(shipped)).toEqual(plain(compiled));
  });

  it('finds what the matcher compiled from the same rules finds', () => {
    const text = 'The CCG and the integrated care board agreed a system control total with NHS England.';
    expect(findMatches(shipped, text)).toEqual(findMatches(compiled, text));
    expect(findMatches(roundTrip(fixtureMatcher), text)).toEqual(findMatches(fixtureMatcher, text));
  });

  it('comes back with the same numbers, for the rules the matcher tests use', () => {
    expect(plain(roundTrip(fixtureMatcher))).toEqual(plain(fixtureMatcher));
  });

  it('comes back without a key table when it had none, as a matcher made at run time has none', () => {
    const { keyHashes: _, ...withoutTable } = compiled;
    expect(roundTrip(withoutTable).keyHashes).toBeUndefined();
  });

  it('is at least a quarter smaller as JSON than the matcher', () => {
    expect(JSON.stringify(packMatcher(compiled)).length).toBeLessThan(JSON.stringify(compiled).length * 0.75);
  });

  it('brings back any numbers that fit their arrays', () => {
    const u16 = fc.array(fc.integer({ min: 0, max: 0xffff }));
    fc.assert(
      fc.property(
        fc.record({ first: u16, key: u16, child: u16, hitFirst: u16, hits: u16 }),
        fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 })),
        fc.array(fc.integer({ min: -0x8000, max: 0x7fff })),
        (words, hash, key) => {
          const matcher = { ...fixtureMatcher, words, keyHashes: { hash, key } };
          expect(plain(roundTrip(matcher))).toEqual(plain(matcher));
        },
      ),
    );
  });

  it('refuses, naming the array, a number its array cannot hold', () => {
    const tooBig = { ...fixtureMatcher, words: { ...fixtureMatcher.words, child: [0, 70000] } };
    expect(() => packMatcher(tooBig)).toThrow(
      "the matcher's words.child holds 70000 at 1, which does not fit an unsigned 16-bit number",
    );
  });
});

describe('the bytes in a base64 string', () => {
  it('are the same read natively or through atob', () => {
    const native = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));
    fc.assert(
      fc.property(fc.uint8Array(), (bytes) => {
        const base64 = Buffer.from(bytes).toString('base64');
        expect(bytesOf(base64, undefined)).toEqual(bytesOf(base64, native));
        expect(bytesOf(base64, undefined)).toEqual(bytes);
      }),
    );
  });
});
