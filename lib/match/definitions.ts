import type { Match } from './scan';
import { sectionDefinitions, sectionKey } from './section-references';

/**
 * Abbreviations a page defines, the usual way: words whose initials spell it,
 * then the abbreviation in brackets, or the abbreviation with those words in
 * brackets after it. Council papers use many of the NHS's
 * abbreviations for other things ("Integrated Children's System (ICS)",
 * "sewage treatment plant (STP)", "Sustainable Transport Fund (STF)"); where a
 * page says so, its later uses of the abbreviation are not the glossary's term.
 */

export interface AbbreviationDefinition {
  /** The abbreviation as written, without a plural or possessive ending. */
  key: string;
  /**
   * Whether the words are the glossary's own: a match of the same term lies within them. Words that hold
   * no glossary match at all define something else, and so do words that are all one other term
   * ("Community Health Council (CHC)", where the glossary's CHC is continuing healthcare); words that
   * hold other terms' matches among words of their own ("Joint Local HWB Strategy (JLHWS)") are taken
   * as neither.
   */
  ours: boolean;
}

/** A block's text: a string, or a LongText read a span at a time. */
type Text = { slice(start?: number, end?: number): string };

/** Words an expansion may hold that need not give the abbreviation a letter: "Referral to Treatment" (RTT). */
const JOINERS = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'in', 'of', 'on', 'the', 'to', 'with', '&']);
/** How far back the words of an expansion may start: the longest in the glossary is 48 characters. */
const EXPANSION_CHARS = 160;
/** Words, hyphenated parts and "&"; an apostrophe stays inside its word (Children's). */
const WORD = /[A-Za-z][A-Za-z'’]*|&/g;
/** What may stand between two words of one expansion: spaces, commas, hyphens, dashes, slashes. */
const BETWEEN = /^[\s,\-–/]*$/;
/**
 * A hyphen alone between two words makes them one compound, which may give the abbreviation one letter
 * ("Patent Co-operation Treaty (PCT)", "Health and Well-being Board (HWB)") or one for each part
 * ("Short-Term Placement (STP)").
 */
const COMPOUND = /^[-\u2010\u2011]$/;

/** The abbreviation a match's text is ("STPs", "ICB’s" → "STP", "ICB"), or undefined for a phrase. */
export function abbreviationKey(text: string): string | undefined {
  const key = text.replace(/(?<=[A-Z0-9])(?:s['’]?|['’]s?)$/, '');
  if (!/^[A-Za-z0-9&/+.-]{2,16}$/.test(key)) return undefined;
  let capitals = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c >= 65 && c <= 90) capitals++;
  }
  return capitals >= 2 ? key : undefined;
}

/**
 * The definitions in `text` among its `matches` (in order of their starts, as
 * findMatches returns them): each match of an abbreviation written straight
 * inside brackets after words that spell it ("Integrated Care Board (ICB)"),
 * or followed by those words in brackets ("ICB (Integrated Care Board)").
 */
export function abbreviationDefinitions(text: Text, matches: readonly Match[]): AbbreviationDefinition[] {
  const found: AbbreviationDefinition[] = [];
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i];
    const bracketed = m.start > 0 && text.slice(m.start - 1, m.start) === '(' && text.slice(m.end, m.end + 1) === ')';
    const opens = !bracketed && /^ ?\(/.test(text.slice(m.end, m.end + 2));
    if (!bracketed && !opens) continue;
    const key = abbreviationKey(text.slice(m.start, m.end));
    if (!key) continue;
    const span = bracketed ? expansionBefore(text, m.start - 1, key) : expansionAfter(text, m.end, key);
    if (!span) continue;
    // The glossary's matches within the words: one of the abbreviation's own terms makes the words ours.
    let within = 0;
    let ours = false;
    // One other term's match that is all of the words: the page names that term ("Community Health Council (CHC)").
    let other = false;
    const look = (inner: Match) => {
      if (inner.end <= span.start || inner.start >= span.end) return;
      within++;
      // A longer term that runs on past the words ("Annual assessment of integrated care boards (ICBs)")
      // hides what the words alone are: neither definition.
      if (inner.start < span.start || inner.end > span.end) return;
      ours ||= inner.termIds.some((id) => m.termIds.includes(id));
      other ||= !/\S/.test(text.slice(span.start, inner.start) + text.slice(inner.end, span.end));
    };
    if (bracketed) for (let k = i - 1; k >= 0 && matches[k].end > span.start; k--) look(matches[k]);
    else for (let k = i + 1; k < matches.length && matches[k].start < span.end; k++) look(matches[k]);
    if (ours || within === 0 || other) found.push({ key, ours });
  }
  return found;
}

/**
 * What a match's text is defined by: its abbreviation ("ICSs" → "ICS"), or the section it refers to
 * ("Section 75 Agreements" → "section 75", see section-references.ts).
 */
export function definedKey(text: string): string | undefined {
  return abbreviationKey(text) ?? sectionKey(text);
}

/**
 * What one page has defined so far, block by block: the abbreviations and
 * sections it defines as something else, and those it defines in the
 * glossary's words. One defined both ways is left alone.
 */
export class PageDefinitions {
  private readonly otherwise = new Set<string>();
  private readonly ours = new Set<string>();

  /** Notes the definitions among one text's matches; returns the keys (see definedKey) defined otherwise from now on. */
  note(text: Text, matches: readonly Match[]): string[] {
    const newly: string[] = [];
    for (const { key, ours } of [...abbreviationDefinitions(text, matches), ...sectionDefinitions(text, matches)]) {
      const was = this.isOtherwise(key);
      (ours ? this.ours : this.otherwise).add(key);
      if (!was && this.isOtherwise(key)) newly.push(key);
    }
    return newly;
  }

  /** Whether the match at `start`–`end` of `text` is an abbreviation or section the page defines as something else. */
  definesOtherwise(text: Text, start: number, end: number): boolean {
    // Most pages define nothing otherwise: then no match's text is read.
    if (!this.otherwise.size) return false;
    const key = definedKey(text.slice(start, end));
    return key !== undefined && this.isOtherwise(key);
  }

  clear(): void {
    this.otherwise.clear();
    this.ours.clear();
  }

  private isOtherwise(key: string): boolean {
    return this.otherwise.has(key) && !this.ours.has(key);
  }
}

/** The words that spell `key` and end just before the bracket at `open`, if there are such words. */
function expansionBefore(text: Text, open: number, key: string): { start: number; end: number } | undefined {
  const start = expansionStart(text, open, key);
  return start === undefined ? undefined : { start, end: open };
}

/** The words in the brackets that follow an abbreviation ending at `end`, when they spell it and nothing else. */
function expansionAfter(text: Text, end: number, key: string): { start: number; end: number } | undefined {
  if (/[0-9]/.test(key)) return undefined;
  const after = text.slice(end, end + EXPANSION_CHARS);
  const open = after.indexOf('(');
  const close = after.indexOf(')', open);
  if (open < 0 || open > 1 || close < 0) return undefined;
  const inner = after.slice(open + 1, close);
  const words = [...inner.matchAll(WORD)];
  if (!words.length || !/^\s*$/.test(inner.slice(0, words[0].index))) return undefined;
  const silent = words.map(() => false);
  for (let k = 0; k < words.length; k++) {
    const next = k + 1 < words.length ? words[k + 1].index : inner.length;
    const gap = inner.slice(words[k].index + words[k][0].length, next);
    if (!(k + 1 < words.length ? BETWEEN : /^\s*$/).test(gap)) return undefined;
    if (k + 1 < words.length) silent[k + 1] = COMPOUND.test(gap);
  }
  const run = words.map((w) => w[0].toLowerCase());
  if (JOINERS.has(run[0]) || !spells(run, silent, key.replace(/[^A-Za-z]/g, '').toLowerCase())) return undefined;
  return { start: end + open + 1, end: end + close };
}

/**
 * Where the words that spell `key` begin, when they end just before the bracket at `open`: the fewest
 * words, each giving the next letters of the abbreviation, its initial first (a joiner may give none).
 */
function expansionStart(text: Text, open: number, key: string): number | undefined {
  if (/[0-9]/.test(key)) return undefined;
  const letters = key.replace(/[^A-Za-z]/g, '').toLowerCase();
  const from = Math.max(0, open - EXPANSION_CHARS);
  const before = text.slice(from, open);
  const words = [...before.matchAll(WORD)];
  if (!words.length) return undefined;
  const last = words[words.length - 1];
  if (!/^\s*$/.test(before.slice(last.index + last[0].length))) return undefined;
  const gapBefore = (k: number) => before.slice(words[k - 1].index + words[k - 1][0].length, words[k].index);
  // Each word's place among the abbreviation's letters is tried from the last word back.
  for (let j = words.length - 1; j >= 0 && words.length - j <= letters.length + 4; j--) {
    if (j < words.length - 1 && !BETWEEN.test(gapBefore(j + 1))) return undefined;
    const run = words.slice(j).map((w) => w[0].toLowerCase());
    const silent = run.map((_, k) => k > 0 && COMPOUND.test(gapBefore(j + k)));
    if (!JOINERS.has(run[0]) && spells(run, silent, letters)) return from + words[j].index;
  }
  return undefined;
}

/**
 * Whether `words`, in order, give exactly `letters`: each its initial and then, in order, any further
 * letters found later inside it ("intracranial pressure (ICP)", "NHS England (NHSE)"); at least one letter
 * unless a joiner or `silent` (a later part of a hyphenated compound).
 */
function spells(words: readonly string[], silent: readonly boolean[], letters: string): boolean {
  const seen = new Set<string>();
  const go = (w: number, l: number): boolean => {
    if (w === words.length) return l === letters.length;
    const state = `${w}:${l}`;
    if (seen.has(state)) return false;
    seen.add(state);
    const word = words[w];
    if ((JOINERS.has(word) || silent[w]) && go(w + 1, l)) return true;
    if (l === letters.length || word[0] !== letters[l]) return false;
    // Each further letter at its earliest place after the last: if the word can give k letters at all,
    // this finds them, and the word's share is tried from one letter up.
    for (let k = 1, at = 0; ; k++) {
      if (go(w + 1, l + k)) return true;
      if (l + k === letters.length) return false;
      at = word.indexOf(letters[l + k], at + 1);
      if (at < 0) return false;
    }
  };
  return go(0, 0);
}
