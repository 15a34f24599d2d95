/**
 * Character classes shared by the tokeniser and the acronym scanner. A page can
 * be hundreds of kilobytes, so classification is a table lookup rather than a
 * Unicode regex per character; the regexes run at most once per distinct code
 * unit and only for non-ASCII text.
 */

/** Punctuation and symbols: each is a token of its own, so it breaks a phrase unless the phrase has it too. */
export const OTHER = 1;
/** Letters, digits and combining marks: the stuff of words. */
export const WORD = 2;
/** White space and dashes: the joints a phrase may bend at ("control-total", "control\u00A0total"). */
export const SEPARATOR = 3;
/** Apostrophes, straight or curly: part of a word between letters (CCG's), otherwise punctuation. */
export const APOSTROPHE = 4;
/** Soft hyphens and joiners: invisible, so a word that contains one is still that word. */
export const IGNORABLE = 5;

export type CharClass = typeof OTHER | typeof WORD | typeof SEPARATOR | typeof APOSTROPHE | typeof IGNORABLE;

const table = new Uint8Array(0x10000); // 0 = not yet classified

const DASHES = '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D';
const APOSTROPHES = "'\u2018\u2019\u201B\u02BC\u2032\u00B4`\uFF07";
const IGNORABLES = '\u00AD\u200C\u200D\u2060';
// \s covers NBSP (U+00A0) and narrow NBSP (U+202F); a zero-width space is a gap a reader cannot see but a break all the same.
const EXTRA_SEPARATORS = '\u200B\u180E';

/** The rule itself, for any code unit; charClass gives the same answer from a table. */
export function classifyByRule(code: number): CharClass {
  const ch = String.fromCharCode(code);
  if (APOSTROPHES.includes(ch)) return APOSTROPHE;
  if (IGNORABLES.includes(ch)) return IGNORABLE;
  if (DASHES.includes(ch) || EXTRA_SEPARATORS.includes(ch) || /\s/.test(ch)) return SEPARATOR;
  // Lone surrogate halves are not letters to the regex; the tokeniser keeps pairs together as one symbol.
  if (/[\p{L}\p{N}\p{M}]/u.test(ch)) return WORD;
  return OTHER;
}

/**
 * Latin-1, where nearly all of a council page's text lies, is filled in here
 * by hand: the rule's Unicode property class costs V8 a millisecond or two to
 * compile, and the content script would pay that on every page it starts on.
 * A test checks every entry against the rule.
 */
function fillLatin1(): void {
  table.fill(OTHER, 0, 0x100);
  const set = (cls: CharClass, ...units: Array<number | [number, number]>) => {
    for (const u of units) {
      if (typeof u === 'number') table[u] = cls;
      else table.fill(cls, u[0], u[1] + 1);
    }
  };
  set(WORD, [0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a], 0xaa, 0xb2, 0xb3, 0xb5, 0xb9, 0xba, [0xbc, 0xbe]);
  set(WORD, [0xc0, 0xd6], [0xd8, 0xf6], [0xf8, 0xff]);
  set(SEPARATOR, [0x09, 0x0d], 0x20, 0x2d, 0xa0);
  set(APOSTROPHE, 0x27, 0x60, 0xb4);
  set(IGNORABLE, 0xad);
}
fillLatin1();

export function charClass(code: number): CharClass {
  const known = table[code];
  if (known !== 0) return known as CharClass;
  const cls = classifyByRule(code);
  table[code] = cls;
  return cls;
}

export function isWordCode(code: number): boolean {
  return charClass(code) === WORD;
}

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
