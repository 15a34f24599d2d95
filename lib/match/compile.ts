import { acronymForms, type PhraseForm, phraseForms } from './variants';

/** What the matcher needs to know about a term; see rules.ts for building these from the glossary. */
export interface MatchRule {
  id: string;
  /** Base forms, matched case-insensitively with the tolerances in variants.ts. */
  phrases: string[];
  /** Matched case-sensitively as whole words, with a plural "s" or possessive "'s". */
  acronyms: string[];
  /** Terms sharing a group are senses of one abbreviation and are reported together. */
  group?: string;
}

/**
 * One node of the acronym trie. Edges are [key, child] pairs rather than an
 * object so that a page character can never hit a prototype property, and the
 * whole structure survives JSON.stringify/parse unchanged.
 */
export interface TrieNode {
  next: Array<[string, number]>;
  /** Indexes into CompiledMatcher.ids of the terms that end here. */
  hit?: number[];
}

/**
 * The phrase trie in flat arrays, with each edge keyed by a key number (an
 * index into CompiledMatcher.keys). Thousands of nodes as objects of arrays of
 * pairs cost every page a few milliseconds of JSON.parse before it had read a
 * word; five arrays of numbers cost a fraction of that.
 */
export interface PhraseTrie {
  /** Node n's edges are first[n] up to first[n + 1]; one entry more than there are nodes. */
  first: ArrayLike<number>;
  /** The key number of each edge. */
  key: ArrayLike<number>;
  /** The node each edge leads to. */
  child: ArrayLike<number>;
  /** Node n's terms are hits[hitFirst[n]] up to hits[hitFirst[n + 1]]; one entry more than there are nodes. */
  hitFirst: ArrayLike<number>;
  /** Indexes into CompiledMatcher.ids, ascending within a node. */
  hits: ArrayLike<number>;
}

/**
 * Plain data, so it can be compiled at build time and shipped (packed, see
 * packed.ts, whose arrays come back as typed arrays). Node 0 of each trie is
 * its root.
 */
export interface CompiledMatcher {
  format: 2;
  ids: string[];
  /** The phrase keys (folded word or symbol tokens), numbered in order of first appearance in the trie. */
  keys: string[];
  /** Phrase trie: edges keyed by key number. */
  words: PhraseTrie;
  /** Acronym trie: edges keyed by single UTF-16 code units, case-sensitive. */
  letters: TrieNode[];
  /**
   * Precomputed by `withKeyTable` for a matcher shipped in the extension, so a
   * page does not pay for hashing every key: each hash, and the key number it
   * stands for (or COLLISION, see scan.ts).
   */
  keyHashes?: { hash: ArrayLike<number>; key: ArrayLike<number> };
}

interface BuildNode {
  next: Map<string, number>;
  hit?: number[];
  /** 0 when the form ending here was declared by a term, 1 when it was generated. */
  rank: number;
}

class TrieBuilder {
  readonly nodes: BuildNode[] = [{ next: new Map(), rank: 1 }];

  constructor(private readonly groupOf: ReadonlyArray<string | undefined>) {}

  insert(keys: readonly string[], term: number, declared: boolean): void {
    let at = 0;
    for (const key of keys) {
      let child = this.nodes[at].next.get(key);
      if (child === undefined) {
        child = this.nodes.length;
        this.nodes.push({ next: new Map(), rank: 1 });
        this.nodes[at].next.set(key, child);
      }
      at = child;
    }
    this.claim(this.nodes[at], term, declared ? 0 : 1);
  }

  /**
   * Decides who owns a form. A term that declares a form beats one that only
   * generated it ("CCGs" declared by one term is not stolen by another's plural);
   * senses of one group share it; otherwise the first claim stands. The
   * glossary validator rejects such clashes, but the matcher must stay
   * deterministic if handed one.
   */
  private claim(node: BuildNode, term: number, rank: number): void {
    if (!node.hit || rank < node.rank) {
      node.hit = [term];
      node.rank = rank;
      return;
    }
    if (rank > node.rank || node.hit.includes(term)) return;
    const group = this.groupOf[term];
    if (group !== undefined && node.hit.every((t) => this.groupOf[t] === group)) node.hit.push(term);
  }

  toData(): TrieNode[] {
    return this.nodes.map((n) => (n.hit ? { next: [...n.next], hit: this.hitsOf(n) } : { next: [...n.next] }));
  }

  /** The trie packed (see PhraseTrie), with its keys numbered in order of first appearance. */
  toPacked(): { keys: string[]; trie: PhraseTrie } {
    const keyNumbers = new Map<string, number>();
    const trie = {
      first: [] as number[],
      key: [] as number[],
      child: [] as number[],
      hitFirst: [] as number[],
      hits: [] as number[],
    };
    for (const n of this.nodes) {
      trie.first.push(trie.key.length);
      for (const [key, child] of n.next) {
        if (!keyNumbers.has(key)) keyNumbers.set(key, keyNumbers.size);
        trie.key.push(keyNumbers.get(key) as number);
        trie.child.push(child);
      }
      trie.hitFirst.push(trie.hits.length);
      if (n.hit) trie.hits.push(...this.hitsOf(n));
    }
    trie.first.push(trie.key.length);
    trie.hitFirst.push(trie.hits.length);
    return { keys: [...keyNumbers.keys()], trie };
  }

  private hitsOf(n: BuildNode): number[] {
    return [...(n.hit ?? [])].sort((a, b) => a - b);
  }
}

export function compileMatcher(rules: readonly MatchRule[]): CompiledMatcher {
  const ids: string[] = [];
  const indexOf = new Map<string, number>();
  const groupOf: Array<string | undefined> = [];
  for (const rule of rules) {
    if (indexOf.has(rule.id)) continue;
    indexOf.set(rule.id, ids.length);
    ids.push(rule.id);
    groupOf.push(rule.group);
  }

  const words = new TrieBuilder(groupOf);
  const letters = new TrieBuilder(groupOf);
  const insertAll = (trie: TrieBuilder, forms: PhraseForm[], term: number, split: (keys: string[]) => string[]) => {
    for (const f of forms) trie.insert(split(f.keys), term, f.declared);
  };
  // Declared forms first, so that the order of rules does not decide between a declared and a generated form.
  for (const pass of [true, false]) {
    for (const rule of rules) {
      const term = indexOf.get(rule.id) as number;
      for (const phrase of rule.phrases) {
        insertAll(
          words,
          phraseForms(phrase).filter((f) => f.declared === pass),
          term,
          (k) => k,
        );
      }
      for (const acronym of rule.acronyms) {
        insertAll(
          letters,
          acronymForms(acronym).filter((f) => f.declared === pass),
          term,
          (k) => k.join('').split(''),
        );
      }
    }
  }
  const phrases = words.toPacked();
  return { format: 2, ids, keys: phrases.keys, words: phrases.trie, letters: letters.toData() };
}
