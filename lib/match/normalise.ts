import { APOSTROPHE, charClass, IGNORABLE } from './chars';

/**
 * Folds one word to the form the tries are keyed by, so that the spellings a
 * reader treats as the same word compare equal: letter case, curly or straight
 * apostrophes, invisible soft hyphens, and British or US spelling. The folded
 * form is British because that is what English councils and the NHS write.
 *
 * Folding is applied to glossary words and page words alike, so a rule only has
 * to be consistent, not linguistically right: "size" folding to "sise" is
 * harmless because both sides fold the same way. Every rule must be idempotent
 * (its output never triggers a rule again); the tests check that property.
 */

/** Whole-word US spellings whose British form is not reachable by a suffix rule. */
const US_WORDS: ReadonlyMap<string, string> = new Map([
  ['center', 'centre'],
  ['centers', 'centres'],
  ['centered', 'centred'],
  ['centering', 'centring'],
  ['program', 'programme'],
  ['programs', 'programmes'],
  ['defense', 'defence'],
  ['pediatric', 'paediatric'],
  ['pediatrics', 'paediatrics'],
  ['enrollment', 'enrolment'],
  ['fulfill', 'fulfil'],
]);

/** US stems spelled -or where British has -our; matched as prefixes so derived forms (behavioral) follow. */
const OUR_STEMS: ReadonlyArray<readonly [string, string]> = [
  ['neighbor', 'neighbour'],
  ['behavior', 'behaviour'],
  ['labor', 'labour'],
  ['endeavor', 'endeavour'],
];

const IZE_ENDING = /([iy])z(e|es|ed|ing|er|ers)$/;

/**
 * The hash the tokeniser computes while it reads a word, over its lower-cased
 * UTF-16 units. It lets the tokeniser rule a word out, or in, before making a
 * string for it.
 */
export function keyHash(key: string): number {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
  return h;
}

/**
 * The plain lower-case words (no z, no apostrophe) that fold to `key` through
 * the dictionary rules, e.g. "neighborhood" for "neighbourhood". The scanner
 * skips folding such words, so it registers these spellings of its keys
 * instead. Must stay the exact inverse of the dictionary part of foldSpelling.
 */
export function dictionarySpellingsOf(key: string): string[] {
  const out: string[] = [];
  for (const [us, uk] of US_WORDS) if (uk === key) out.push(us);
  for (const [us, uk] of OUR_STEMS) if (key.startsWith(uk)) out.push(us + key.slice(uk.length));
  return out;
}

/** Spelling rules for a word that is already lower case with straight apostrophes. */
function foldSpelling(word: string): string {
  const hasZ = word.includes('z');
  let stem = word;
  let tail = '';
  // The possessive is not part of the spelling; rules look at the word before it.
  if (stem.length > 2 && stem.endsWith("'s")) {
    stem = stem.slice(0, -2);
    tail = "'s";
  }
  if (hasZ) {
    stem = stem.replace(/ization/g, 'isation').replace(IZE_ENDING, '$1s$2');
  }
  const whole = US_WORDS.get(stem);
  if (whole !== undefined) return whole + tail;
  for (const [us, uk] of OUR_STEMS) {
    if (stem.startsWith(us)) {
      stem = uk + stem.slice(us.length);
      break;
    }
  }
  return stem + tail;
}

/**
 * Lower-cases and folds a word the tokeniser has already delimited. `hasApostrophe`,
 * `hasIgnorable` and `hasUpper` (false only when every unit is known lower-case ASCII) let the scanner skip the character pass for the common case.
 */
export function foldToken(raw: string, hasApostrophe: boolean, hasIgnorable: boolean, hasUpper = true): string {
  let word = raw;
  if (hasIgnorable || hasApostrophe) {
    let out = '';
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      const cls = charClass(code);
      if (cls === IGNORABLE) continue;
      out += cls === APOSTROPHE ? "'" : word[i];
    }
    word = out;
  }
  return foldSpelling(hasUpper ? word.toLowerCase() : word);
}

/** Folds any single word: the public, idempotent form of what the scanner does to each word. */
export function foldWord(word: string): string {
  return foldToken(word, true, true);
}

/** The key of a one-character token: "&" reads as "and", every apostrophe as a straight one. */
export function foldSymbol(symbol: string): string {
  if (symbol === '&' || symbol === '\uFF06') return 'and';
  if (symbol.length === 1 && charClass(symbol.charCodeAt(0)) === APOSTROPHE) return "'";
  return symbol;
}
