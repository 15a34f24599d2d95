import type { CompiledMatcher, PhraseTrie } from './compile';

/**
 * The matcher as the extension ships it in the lens: its arrays of numbers as
 * the bytes of typed arrays, in base64. The browser's cost of injecting the
 * lens into a page grows with the lens's size, and these arrays, as JSON, were
 * 80 of its 196 KB; as base64 they are 49 KB. They come back with
 * `Uint8Array.fromBase64`, native in the browsers we test (Chromium 156,
 * Firefox ESR 153), so the page pays for no loop over them.
 *
 * Tried first, and dropped: the numbers as differences from the one before,
 * as JSON (the matcher's JSON went from 105 KB to 74 KB, but adding them back
 * up cost the lens's start-up 1.7-2.6 ms more a page), and as digits in base 32,
 * a character a digit (half the JSON's size, and 6.1-7.4 ms more start-up to
 * read back): the medians of three rounds of five loads on each of two pages.
 */
export interface PackedMatcher extends Omit<CompiledMatcher, 'format' | 'words' | 'keyHashes'> {
  format: 'packed';
  /** Each array as unsigned 16-bit numbers. */
  words: Record<keyof PhraseTrie, string>;
  /** The hashes as signed 32-bit numbers, the key numbers (COLLISION among them) as signed 16-bit ones. */
  keyHashes?: { hash: string; key: string };
}

type Width = { name: string; bytes: 2 | 4; min: number; max: number; set: 'setUint16' | 'setInt16' | 'setInt32' };
const U16: Width = { name: 'an unsigned 16-bit number', bytes: 2, min: 0, max: 0xffff, set: 'setUint16' };
const I16: Width = { name: 'a signed 16-bit number', bytes: 2, min: -0x8000, max: 0x7fff, set: 'setInt16' };
const I32: Width = { name: 'a signed 32-bit number', bytes: 4, min: -(2 ** 31), max: 2 ** 31 - 1, set: 'setInt32' };

const TRIE_ARRAYS = ['first', 'key', 'child', 'hitFirst', 'hits'] as const satisfies readonly (keyof PhraseTrie)[];

function pack(values: ArrayLike<number>, width: Width, what: string): string {
  const view = new DataView(new ArrayBuffer(values.length * width.bytes));
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (!Number.isInteger(value) || value < width.min || value > width.max)
      throw new RangeError(`the matcher's ${what} holds ${value} at ${i}, which does not fit ${width.name}`);
    // Little-endian, as every browser's typed arrays are on the machines that run them.
    view[width.set](i * width.bytes, value, true);
  }
  let binary = '';
  const bytes = new Uint8Array(view.buffer);
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
  return btoa(binary);
}

/** The bytes in a base64 string: natively where the browser can, else through atob. */
export function bytesOf(base64: string, native = nativeFromBase64()): Uint8Array {
  if (native) return native(base64);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function nativeFromBase64(): ((base64: string) => Uint8Array) | undefined {
  const from = (Uint8Array as { fromBase64?: (base64: string) => Uint8Array }).fromBase64;
  return typeof from === 'function' ? (base64) => from.call(Uint8Array, base64) : undefined;
}

export function packMatcher(matcher: CompiledMatcher): PackedMatcher {
  const words = {} as PackedMatcher['words'];
  for (const name of TRIE_ARRAYS) words[name] = pack(matcher.words[name], U16, `words.${name}`);
  const { keyHashes } = matcher;
  return {
    ...matcher,
    format: 'packed',
    words,
    keyHashes: keyHashes && {
      hash: pack(keyHashes.hash, I32, 'keyHashes.hash'),
      key: pack(keyHashes.key, I16, 'keyHashes.key'),
    },
  };
}

export function unpackMatcher(packed: PackedMatcher): CompiledMatcher {
  const words = {} as PhraseTrie;
  for (const name of TRIE_ARRAYS) words[name] = new Uint16Array(bytesOf(packed.words[name]).buffer);
  const { keyHashes } = packed;
  return {
    ...packed,
    format: 2,
    words,
    keyHashes: keyHashes && {
      hash: new Int32Array(bytesOf(keyHashes.hash).buffer),
      key: new Int16Array(bytesOf(keyHashes.key).buffer),
    },
  };
}
