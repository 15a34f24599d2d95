import { charClass, WORD } from './chars';
import type { CompiledMatcher } from './compile';
import { dictionarySpellingsOf } from './normalise';

/**
 * A quick, conservative test of whether a page could hold any term at all,
 * so that a page with none (most pages on a council site) costs a few native
 * string operations instead of a full read. It may say yes wrongly (the full
 * read then finds nothing); it must never say no wrongly.
 *
 * The page's text is squeezed to lower-case letters and digits only (see
 * squeeze), and so is every phrase the matcher can match: case, spacing,
 * dashes, apostrophes, -ise/-ize and the joins between blocks no longer
 * matter, and each phrase is a plain substring to look for
 * ("healthandwellbeingboard"). All of them make one regular expression of
 * literals with no flags and no character classes, which V8 compiles in a
 * millisecond or two (an earlier pattern with case folding and a class per
 * letter took it 13–28 ms). Abbreviations are case-sensitive, so
 * they are looked for in the text as it is: the shortest one on each path of
 * the abbreviation trie, since every longer one starts with it.
 */
export interface PrefilterSource {
  /** Squeezed anchors of the phrases. */
  words: string[];
  /** Abbreviations as written. */
  acronyms: string[];
}

const isWordKey = (key: string) => key.length > 0 && charClass(key.charCodeAt(0)) === WORD;

/**
 * What `squeeze` leaves of the page text a key was folded from, for each
 * spelling that folds to it: the key itself and its US dictionary spellings
 * ("neighborhood"), possessive or not. A symbol key squeezes to nothing,
 * except "and", which the page may write as "&".
 */
function squeezedSpellings(key: string): string[] {
  if (!isWordKey(key)) {
    // The page's text goes through the same squeeze: a symbol it kept would stand between the letters of an anchor.
    const left = squeeze(key);
    if (left !== '' && left !== 'and')
      throw new Error(`prefilter: squeeze keeps "${left}" of the symbol "${key}" in a phrase; add it to DROPPED`);
    return [''];
  }
  const possessive = key.length > 2 && key.endsWith("'s");
  const stem = possessive ? key.slice(0, -2) : key;
  const spellings = [stem, ...dictionarySpellingsOf(stem)].map((s) => (possessive ? `${s}'s` : s));
  return [...new Set(spellings.map(squeeze))];
}

export function compilePrefilter(matcher: Pick<CompiledMatcher, 'keys' | 'words' | 'letters'>): PrefilterSource {
  const words = new Set<string>();
  const trie = matcher.words;
  // Each phrase as the squeezed text of every spelling of it; a longer phrase that starts with a shorter one
  // (a plural, a possessive) is covered by it, so the walk stops at the first phrase on each path.
  const visitWords = (node: number, spellings: readonly string[]) => {
    if (node !== 0 && trie.hitFirst[node] < trie.hitFirst[node + 1]) {
      for (const s of spellings) words.add(s);
      return;
    }
    for (let e = trie.first[node]; e < trie.first[node + 1]; e++) {
      const next = squeezedSpellings(matcher.keys[trie.key[e]]);
      visitWords(
        trie.child[e],
        spellings.flatMap((s) => next.map((n) => s + n)),
      );
    }
  };
  visitWords(0, ['']);

  // Any abbreviation matched has, as its prefix, the shortest abbreviation on its path through the trie.
  const acronyms: string[] = [];
  const visitLetters = (node: number, prefix: string) => {
    if (matcher.letters[node].hit && prefix) {
      acronyms.push(prefix);
      return;
    }
    for (const [unit, child] of matcher.letters[node].next) visitLetters(child, prefix + unit);
  };
  visitLetters(0, '');

  return { words: dropExtended([...words]), acronyms: dropExtended(acronyms) };
}

/** A string that another in the list is a substring of adds nothing: whatever contains it contains the other. */
function dropExtended(list: string[]): string[] {
  // An anchor that squeezed to nothing would match every page; so would the test, so keep it and say so.
  if (list.includes('')) return [''];
  const sorted = [...new Set(list)].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const kept: string[] = [];
  for (const s of sorted) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return kept;
}

/**
 * What `squeeze` drops: everything the matcher reads through (white space,
 * dashes, apostrophes, soft hyphens and joiners; see chars.ts), every symbol
 * a phrase may hold ("£", "/", "."; compilePrefilter checks), and, to keep the
 * pattern a short list of ranges, more than it must (all of Latin-1's signs
 * and punctuation, general punctuation, currency signs). Dropping more can
 * only make the prefilter say yes more often, never no wrongly. A plain class
 * rather than \p{…} with the u flag, which ran twice as slow on a long page.
 */
const DROPPED =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are among what squeeze drops
  /[\x00-\x2f\x3a-\x60\x7b-\xbf\xd7\xf7\s\u02bc\u180e\u2000-\u206f\u20a0-\u20cf\u2212\ufe58\ufe63\uff07\uff0d]+/g;

/**
 * The page text reduced to what decides a phrase match: lower case, letters
 * and digits (apostrophes, soft hyphens, spaces, dashes and symbols go), "&"
 * read as "and", and z as s so that -ize and -ise spellings agree. The same
 * function makes the anchors, so the two always agree.
 */
export function squeeze(text: string): string {
  return text
    .toLowerCase()
    .replace(/[&\uFF06]/g, 'and')
    .replace(DROPPED, '')
    .replace(/z/g, 's');
}

/** Capital sigma lower-cases by its place in a word, which may differ between a whole text and one word: read the page. */
const UNEXPECTED = /\u03A3/;

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Past this many squeezed characters one pattern of every anchor is quicker
 * than looking for each anchor in turn; below it, the pattern's compilation
 * (about 2 ms, on every page) costs more than the search.
 */
export const ANCHOR_PATTERN_FROM = 16_384;

/** A test that is false only when `text` can hold no term of the matcher the prefilter was compiled from. */
export function prefilterTest(source: PrefilterSource): (text: string) => boolean {
  let words: RegExp | undefined;
  const acronyms = source.acronyms.length ? new RegExp(source.acronyms.map(literal).join('|')) : undefined;
  const hasAnchor = (squeezed: string): boolean => {
    if (squeezed.length < ANCHOR_PATTERN_FROM) return source.words.some((w) => squeezed.includes(w));
    words ??= new RegExp(source.words.map(literal).join('|'));
    return words.test(squeezed);
  };
  return (text) =>
    Boolean(acronyms?.test(text)) || UNEXPECTED.test(text) || (source.words.length > 0 && hasAnchor(squeeze(text)));
}
