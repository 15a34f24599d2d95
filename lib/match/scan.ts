import { APOSTROPHE, charClass, IGNORABLE, WORD } from './chars';
import type { CompiledMatcher } from './compile';
import { dictionarySpellingsOf, keyHash } from './normalise';
import { foldTokenAt, type KeyOf, PLAIN, scanTokens } from './tokens';

export interface Match {
  /** Offsets into the original text, end exclusive. */
  start: number;
  end: number;
  /** One id, or several when the words are shared by senses of one abbreviation (ICP, STP). */
  termIds: string[];
}

/**
 * The compiled data prepared for scanning, once per matcher: JSON cannot hold
 * Maps, and lookups want them. Phrase keys become small integers so that the
 * tokeniser can name a word's key without making a string for it.
 */
interface Runtime {
  keyOf: KeyOf;
  /** Phrase trie: the children of a node, key number → child node. */
  words(node: number): Map<number, number>;
  wordHits(node: number): readonly string[] | undefined;
  /** Acronym trie: the children of a node, UTF-16 unit → child node. */
  letters(node: number): Map<number, number>;
  /** 1 for each UTF-16 unit an abbreviation starts with: one typed-array read per token instead of a Map look-up. */
  acronymStart: Uint8Array;
  letterHits(node: number): readonly string[] | undefined;
}

const runtimes = new WeakMap<CompiledMatcher, Runtime>();

/** Hash → key number, or COLLISION when two keys share a hash and the word must be compared as a string. */
const COLLISION = -2;

/** Hash → key number (or COLLISION) for every key; the costly part of preparing a matcher, so it is done at build time. */
export function keyHashTable(keys: readonly string[]): { hash: number[]; key: number[] } {
  const byHash = new Map<number, number>();
  keys.forEach((k, i) => {
    const h = keyHash(k);
    byHash.set(h, byHash.has(h) ? COLLISION : i);
    // A plain word spelled the US way ("neighborhood") folds to this key, but its hash is its own: send it down the string path.
    for (const us of dictionarySpellingsOf(k)) byHash.set(keyHash(us), COLLISION);
  });
  return { hash: [...byHash.keys()], key: [...byHash.values()] };
}

/** Not yet looked up, in the table of one-character symbol keys. */
const UNKNOWN = -3;

function makeKeyOf(keys: readonly string[], hashTable: { hash: ArrayLike<number>; key: ArrayLike<number> }): KeyOf {
  // Only words that are not plain ASCII, and symbols, are looked up by string: made on the first such word.
  let byString: Map<string, number> | undefined;
  const keyOfString = (folded: string) => {
    byString ??= new Map(keys.map((k, i) => [k, i]));
    return byString.get(folded) ?? -1;
  };
  const byHash = new Map<number, number>();
  for (let i = 0; i < hashTable.hash.length; i++) byHash.set(hashTable.hash[i], hashTable.key[i]);
  // Every comma and full stop is a token; its key is worked out once per character, not once per token.
  const asciiSymbols = new Int32Array(128).fill(UNKNOWN);
  return (text, start, end, flags, hash) => {
    if (flags & PLAIN) {
      // Most words end here: not the hash of any key, so not in any phrase.
      const id = byHash.get(hash);
      if (id === undefined) return -1;
      if (id !== COLLISION) {
        const k = keys[id];
        if (k.length !== end - start) return -1;
        for (let i = 0; i < k.length; i++) {
          let unit = text.charCodeAt(start + i);
          if (unit >= 65 && unit <= 90) unit += 32;
          if (unit !== k.charCodeAt(i)) return -1;
        }
        return id;
      }
    }
    if (flags === 0 && end - start === 1) {
      const unit = text.charCodeAt(start);
      if (unit < 128) {
        let id = asciiSymbols[unit];
        if (id === UNKNOWN) {
          id = keyOfString(foldTokenAt(text, start, end, flags));
          asciiSymbols[unit] = id;
        }
        return id;
      }
    }
    return keyOfString(foldTokenAt(text, start, end, flags));
  };
}

/**
 * Builds the runtime for a matcher. Only the map from hashes to key numbers
 * is made up front (the tokeniser needs it to recognise words); each trie node
 * becomes a Map the first time a scan reaches it, so a page pays only for the
 * nodes its words visit rather than for the whole glossary at once.
 */
function runtimeOf(matcher: CompiledMatcher): Runtime {
  let rt = runtimes.get(matcher);
  if (rt) return rt;
  const { keys, words, ids } = matcher;
  // Most nodes are leaves (the plural and possessive forms end there); they share one empty map.
  const leaf = new Map<number, number>();
  const nodeCount = words.first.length - 1;
  const wordMaps: Array<Map<number, number> | undefined> = new Array(nodeCount);
  const letterMaps: Array<Map<number, number> | undefined> = new Array(matcher.letters.length);
  const noHit: readonly string[] = [];
  const wordHitCache: Array<readonly string[] | undefined> = new Array(nodeCount);
  const letterHitCache: Array<readonly string[] | undefined> = new Array(matcher.letters.length);
  const hitsOf = (hit: number[] | undefined) => (hit ? hit.map((i) => ids[i]) : noHit);
  const acronymStart = new Uint8Array(0x10000);
  for (const [unit] of matcher.letters[0]?.next ?? []) acronymStart[unit.charCodeAt(0)] = 1;
  rt = {
    acronymStart,
    // A matcher compiled at build time carries its hash table; one made at run time (the user's own terms) works it out.
    keyOf: makeKeyOf(keys, matcher.keyHashes ?? keyHashTable(keys)),
    words(n) {
      let map = wordMaps[n];
      if (!map) {
        const from = words.first[n];
        const to = words.first[n + 1];
        if (from === to) map = leaf;
        else {
          map = new Map();
          for (let e = from; e < to; e++) map.set(words.key[e], words.child[e]);
        }
        wordMaps[n] = map;
      }
      return map;
    },
    wordHits(n) {
      let hit = wordHitCache[n];
      if (!hit) {
        const from = words.hitFirst[n];
        const to = words.hitFirst[n + 1];
        if (from === to) hit = noHit;
        else {
          // Not slice and map: the shipped matcher's arrays are typed arrays, whose map keeps numbers.
          const found: string[] = [];
          for (let h = from; h < to; h++) found.push(ids[words.hits[h]]);
          hit = found;
        }
        wordHitCache[n] = hit;
      }
      return hit.length ? hit : undefined;
    },
    letters(n) {
      let map = letterMaps[n];
      if (!map) {
        const next = matcher.letters[n].next;
        map = next.length ? new Map(next.map(([k, v]) => [k.charCodeAt(0), v])) : leaf;
        letterMaps[n] = map;
      }
      return map;
    },
    letterHits(n) {
      let hit = letterHitCache[n];
      if (!hit) letterHitCache[n] = hit = hitsOf(matcher.letters[n].hit);
      return hit.length ? hit : undefined;
    },
  };
  runtimes.set(matcher, rt);
  return rt;
}

/**
 * Where an acronym that ends at `p` really ends, or -1 if it does not end on a
 * word boundary ("CCG" in "CCGT"). A possessive "'s" belongs to the acronym;
 * a bare apostrophe after it ("ICBs'") or a closing quote does not. Nor does
 * an acronym end before a hyphen and a digit: "SHA-256" names a hash, not a
 * strategic health authority.
 */
function acronymEnd(text: string, p: number): number {
  if (p >= text.length) return p;
  const code = text.charCodeAt(p);
  const cls = charClass(code);
  if (cls === WORD) return -1;
  if (isHyphen(code) && isDigit(text.charCodeAt(p + 1))) return -1;
  const nextIsWord = p + 1 < text.length && charClass(text.charCodeAt(p + 1)) === WORD;
  if (cls === APOSTROPHE && text.charCodeAt(p + 1) === 115 /* s */) {
    return p + 2 >= text.length || charClass(text.charCodeAt(p + 2)) !== WORD ? p + 2 : -1;
  }
  if (cls === APOSTROPHE || cls === IGNORABLE) return nextIsWord ? -1 : p;
  return p;
}

function isHyphen(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

// The acronym walk reports through these rather than allocating a result per token.
let acronymHitEnd = -1;
let acronymHit: readonly string[] | undefined;

/** Longest acronym starting at `s`, read unit by unit through the case-sensitive letter trie. */
function walkAcronyms(rt: Runtime, text: string, s: number): void {
  acronymHitEnd = -1;
  acronymHit = undefined;
  let node = rt.letters(0).get(text.charCodeAt(s));
  let p = s + 1;
  while (node !== undefined) {
    const hit = rt.letterHits(node);
    if (hit) {
      const end = acronymEnd(text, p);
      if (end >= 0) {
        acronymHitEnd = end;
        acronymHit = hit;
      }
    }
    if (p >= text.length) break;
    node = rt.letters(node).get(text.charCodeAt(p));
    p++;
  }
}

/**
 * All term occurrences in `text`, leftmost first, longest at each start, never
 * overlapping. The text is tokenised once; at each token the phrase trie and
 * the acronym trie are walked forward as far as they go, so the cost is the
 * number of tokens times the depth of the longest partial match, however many
 * terms are compiled in.
 */
export function findMatches(matcher: CompiledMatcher, text: string): Match[] {
  const rt = runtimeOf(matcher);
  // The tokens are read here and nowhere else before the next scan, so the tokeniser's arrays are reused.
  const tokens = scanTokens(text, rt.keyOf, true);
  const { count, start, end, key } = tokens;
  const wordRoot = rt.words(0);
  const acronymStart = rt.acronymStart;
  const matches: Match[] = [];

  let i = 0;
  while (i < count) {
    let bestEnd = -1;
    let best: readonly string[] | undefined;

    const first = key[i];
    let node = first < 0 ? undefined : wordRoot.get(first);
    for (let j = i; node !== undefined; ) {
      const hit = rt.wordHits(node);
      if (hit) {
        bestEnd = end[j];
        best = hit;
      }
      if (++j >= count) break;
      const k = key[j];
      node = k < 0 ? undefined : rt.words(node).get(k);
    }

    const s = start[i];
    if (acronymStart[text.charCodeAt(s)] === 1) {
      walkAcronyms(rt, text, s);
      if (acronymHit && acronymHitEnd > bestEnd) {
        bestEnd = acronymHitEnd;
        best = acronymHit;
      } else if (acronymHit && best && acronymHitEnd === bestEnd) {
        best = [...new Set([...best, ...acronymHit])];
      }
    }

    if (best) {
      matches.push({ start: s, end: bestEnd, termIds: [...best] });
      while (i < count && start[i] < bestEnd) i++;
    } else {
      i++;
    }
  }
  return matches;
}

/** The matcher with its key table worked out now (at build time) rather than on the first page that uses it. */
export function withKeyTable(matcher: CompiledMatcher): CompiledMatcher {
  return { ...matcher, keyHashes: keyHashTable(matcher.keys) };
}
