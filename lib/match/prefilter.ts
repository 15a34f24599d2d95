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
  if (!isWordKey(key)) return [''];
  const possessive = key.length > 2 && key.endsWith("'s");
  const stem = possessive ? key.slice(0, -2) : key;
  const spellings = [stem, ...dictionarySpellingsOf(stem)].map((s) => (possessive ? `${s}'s` : s));
  return [...new Set(spellings.map(squeeze))];
}

export function compilePrefilter(matcher: Pick<CompiledMatcher, 'words' | 'letters'>): PrefilterSource {
  const words = new Set<string>();
  // Each phrase as the squeezed text of every spelling of it; a longer phrase that starts with a shorter one
  // (a plural, a possessive) is covered by it, so the walk stops at the first phrase on each path.
  const visitWords = (node: number, spellings: readonly string[]) => {
    if (matcher.words[node].hit && node !== 0) {
      for (const s of spellings) words.add(s);
      return;
    }
    for (const [key, child] of matcher.words[node].next) {
      const next = squeezedSpellings(key);
      visitWords(
        child,
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

/** Everything that is not part of a word: what the matcher reads through or treats as a token of its own. */
const NOT_WORD = /[^\p{L}\p{N}\p{M}]+/gu;

/**
 * The page text reduced to what decides a phrase match: lower case, letters
 * and digits only (apostrophes, soft hyphens, spaces and dashes go), "&" read
 * as "and", and z as s so that -ize and -ise spellings agree. The same
 * function makes the anchors, so the two always agree.
 */
export function squeeze(text: string): string {
  return text
    .toLowerCase()
    .replace(/[&\uFF06]/g, 'and')
    .replace(NOT_WORD, '')
    .replace(/z/g, 's');
}

/** Capital sigma lower-cases by its place in a word, which may differ between a whole text and one word: read the page. */
const UNEXPECTED = /\u03A3/;

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A test that is false only when `text` can hold no term of the matcher the prefilter was compiled from. */
export function prefilterTest(source: PrefilterSource): (text: string) => boolean {
  const words = source.words.length ? new RegExp(source.words.map(literal).join('|')) : undefined;
  const acronyms = source.acronyms.length ? new RegExp(source.acronyms.map(literal).join('|')) : undefined;
  return (text) => Boolean(acronyms?.test(text)) || UNEXPECTED.test(text) || Boolean(words?.test(squeeze(text)));
}

/** The matcher with its prefilter compiled now, at build time. */
export function withPrefilter<M extends CompiledMatcher>(matcher: M): M & { prefilter: PrefilterSource } {
  return { ...matcher, prefilter: compilePrefilter(matcher) };
}
