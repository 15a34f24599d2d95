import { APOSTROPHE, charClass, IGNORABLE, isHighSurrogate, isLowSurrogate, OTHER, SEPARATOR, WORD } from './chars';
import { foldSymbol, foldToken } from './normalise';

/**
 * Splits text into words and symbols in one left-to-right pass. White space and
 * dashes are dropped: they are the only things a phrase may bend across, so two
 * consecutive tokens are always joined by nothing, space or dashes, and the
 * phrase trie never has to look at the gaps. Everything else that is not part of
 * a word (commas, full stops, brackets) becomes a token, which is what stops
 * "control, total" matching "control total".
 *
 * The tokeniser does not decide what a token's key is: it hands each token to a
 * `KeyOf` callback with what it learned while reading it. The scanner's callback
 * resolves most words to "not in any phrase" from a hash without making a
 * string; tokenize() below makes the folded strings, for compiling and tests.
 */

/** The token is a word (letters, digits, internal apostrophes), not a symbol. */
export const IS_WORD = 1;
export const HAS_APOSTROPHE = 2;
export const HAS_IGNORABLE = 4;
/** Some unit may change under toLowerCase(). */
export const HAS_UPPER = 8;
/**
 * ASCII only, no "z", no apostrophe, no soft hyphen: the folded key is the
 * lower-cased text unless the word is a US spelling in the dictionary (see
 * dictionarySpellingsOf), and the running hash (see keyHash) identifies it.
 */
export const PLAIN = 16;

/** Returns the key number for the token text[start, end), or -1 if it is in no phrase. */
export type KeyOf = (text: string, start: number, end: number, flags: number, hash: number) => number;

export interface Tokens {
  count: number;
  /** Offset of each token's first UTF-16 unit in the original text. */
  start: Int32Array;
  /** Offset just past each token. */
  end: Int32Array;
  /** What the KeyOf callback returned for each token. */
  key: Int32Array;
}

/** The folded key of one token, as a string: what every KeyOf must agree with. */
export function foldTokenAt(text: string, start: number, end: number, flags: number): string {
  if (!(flags & IS_WORD)) return foldSymbol(end - start === 1 ? text[start] : text.slice(start, end));
  return foldToken(
    text.slice(start, end),
    (flags & HAS_APOSTROPHE) !== 0,
    (flags & HAS_IGNORABLE) !== 0,
    (flags & HAS_UPPER) !== 0,
  );
}

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * Arrays kept between calls for a caller that reads the tokens before it
 * scans again (the matcher): a page is thousands of blocks, and three new
 * typed arrays for each kept the garbage collector busier than the scanning.
 */
let scratch: { start: Int32Array; end: Int32Array; key: Int32Array } | undefined;

/**
 * With `reuse`, the returned arrays are shared and overwritten by the next
 * call that reuses them; read them before scanning again.
 */
export function scanTokens(text: string, keyOf: KeyOf, reuse = false): Tokens {
  const n = text.length;
  // About one token per four or five characters of prose; the arrays double when that is wrong.
  const wanted = Math.max(16, (n / 4) | 0);
  let start: Int32Array;
  let end: Int32Array;
  let key: Int32Array;
  if (reuse) {
    if (!scratch || scratch.start.length < wanted)
      scratch = { start: new Int32Array(wanted), end: new Int32Array(wanted), key: new Int32Array(wanted) };
    ({ start, end, key } = scratch);
  } else {
    start = new Int32Array(wanted);
    end = new Int32Array(wanted);
    key = new Int32Array(wanted);
  }
  let capacity = start.length;
  let count = 0;

  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const cls = charClass(code);
    if (cls === SEPARATOR || cls === IGNORABLE) {
      i++;
      continue;
    }
    if (count === capacity) {
      capacity *= 2;
      start = grow(start);
      end = grow(end);
      key = grow(key);
    }
    const s = i;
    if (cls === WORD) {
      let flags = IS_WORD;
      let plain = true;
      // Running hash of the lower-cased word; see keyHash.
      let h = 0;
      while (i < n) {
        let unit = text.charCodeAt(i);
        if (unit >= 97 && unit <= 121) {
          // Fast path for the commonest units: lower-case ASCII letters other than z.
          h = (Math.imul(h, 31) + unit) | 0;
          i++;
          continue;
        }
        const c = charClass(unit);
        if (c === WORD) {
          if (unit >= 65 && unit <= 90) {
            flags |= HAS_UPPER;
            unit += 32;
          } else if (unit >= 128) {
            flags |= HAS_UPPER;
            plain = false;
          } else if (unit === 122 /* z: -ize spellings */) {
            plain = false;
          }
          h = (Math.imul(h, 31) + unit) | 0;
          i++;
        } else if ((c === APOSTROPHE || c === IGNORABLE) && i + 1 < n && charClass(text.charCodeAt(i + 1)) === WORD) {
          // Only between letters: "CCG's" is one word, but the quote in 'CCGs' closes a quotation.
          flags |= c === APOSTROPHE ? HAS_APOSTROPHE : HAS_IGNORABLE;
          plain = false;
          i++;
        } else {
          break;
        }
      }
      if (plain) flags |= PLAIN;
      start[count] = s;
      end[count] = i;
      key[count] = keyOf(text, s, i, flags, h);
      count++;
      continue;
    }
    // A symbol. Surrogate pairs stay together so a token is never half a character.
    const width = cls === OTHER && isHighSurrogate(code) && i + 1 < n && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
    start[count] = s;
    end[count] = s + width;
    key[count] = keyOf(text, s, s + width, 0, 0);
    count++;
    i += width;
  }
  if (reuse && scratch && start.length > scratch.start.length) scratch = { start, end, key };
  return { count, start, end, key };
}

/** Tokens with their folded keys as strings. */
export function tokenize(text: string): { count: number; start: Int32Array; end: Int32Array; key: string[] } {
  const keys: string[] = [];
  const tokens = scanTokens(text, (t, s, e, flags) => keys.push(foldTokenAt(t, s, e, flags)) - 1);
  return { count: tokens.count, start: tokens.start, end: tokens.end, key: keys };
}

/**
 * The text as the matcher sees it: folded tokens separated by single spaces.
 * Idempotent, which is what lets compiled phrases and scanned pages agree.
 */
export function normaliseText(text: string): string {
  return tokenize(text).key.join(' ');
}
