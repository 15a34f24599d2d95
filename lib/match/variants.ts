import { foldWord } from './normalise';
import { tokenize } from './tokens';

/**
 * The surface forms a glossary phrase stands for. The glossary lists base forms
 * only (see matchSchema); this module is the one place that decides what else a
 * reader would take to be the same phrase.
 */

export interface PhraseForm {
  /** Folded token keys, in order. */
  keys: string[];
  /** True for the phrase as written; false for a generated variant, which yields to any term that declares that form. */
  declared: boolean;
}

/** Closed compounds that are also written open; "well-being" needs no entry because hyphens close up (below). */
const OPEN_COMPOUNDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['wellbeing', ['well', 'being']],
  ['healthcare', ['health', 'care']],
]);

/**
 * Made on first use: V8 builds a \p{…} class when the regex is created, about
 * a millisecond, and the content script loads this module on every page but
 * needs it only when the user has terms of their own.
 */
const unicodePatterns = (() => {
  let made: { hyphenInWord: RegExp; endsInLetter: RegExp } | undefined;
  return () => {
    made ??= {
      hyphenInWord: /(?<=[\p{L}\p{N}])[-\u2010-\u2015](?=[\p{L}\p{N}])/gu,
      endsInLetter: /\p{L}$/u,
    };
    return made;
  };
})();
const SIBILANT_END = /(?:s|x|z|ch|sh)$/;
const CONSONANT_Y_END = /[^aeiou]y$/;

/**
 * Plural and possessive forms of a phrase's last word. Only the last word
 * inflects: "Clinical Commissioning Groups", not "Clinicals Commissioning Group".
 * Only suffixes are added, never removed, so a glossary form like "Must Dos"
 * cannot match "must do".
 */
export function inflections(lastKey: string): string[] {
  if (!unicodePatterns().endsInLetter.test(lastKey) || lastKey.endsWith("'s")) return [lastKey];
  const plurals = [lastKey, `${lastKey}s`];
  if (SIBILANT_END.test(lastKey)) plurals.push(`${lastKey}es`);
  if (CONSONANT_Y_END.test(lastKey)) plurals.push(`${lastKey.slice(0, -1)}ies`);
  const forms = new Set<string>();
  for (const p of plurals) {
    forms.add(foldWord(p));
    // "CCG's"; the plural possessive ("groups'") ends in a bare apostrophe, which the tokeniser leaves outside the word.
    forms.add(foldWord(`${p}'s`));
  }
  return [...forms];
}

function spellings(phrase: string): string[][] {
  const out: string[][] = [];
  const seen = new Set<string>();
  const add = (keys: string[]) => {
    const id = keys.join('\u0000');
    if (keys.length === 0 || seen.has(id)) return;
    seen.add(id);
    out.push(keys);
  };
  const bases = [phrase];
  const closed = phrase.replace(unicodePatterns().hyphenInWord, '');
  if (closed !== phrase) bases.push(closed);
  for (const base of bases) {
    const t = tokenize(base);
    const keys = t.key.slice(0, t.count);
    add(keys);
    if (keys.some((k) => OPEN_COMPOUNDS.has(k))) add(keys.flatMap((k) => OPEN_COMPOUNDS.get(k) ?? [k]));
  }
  return out;
}

/** Every form of `phrase` to insert into the trie; the first is the phrase as written. */
export function phraseForms(phrase: string): PhraseForm[] {
  const forms: PhraseForm[] = [];
  spellings(phrase).forEach((keys, i) => {
    const head = keys.slice(0, -1);
    const last = keys[keys.length - 1];
    for (const form of inflections(last)) {
      forms.push({ keys: [...head, form], declared: i === 0 && form === last });
    }
  });
  return forms;
}

/** Acronyms are exact apart from a plural "s"; the possessive "'s" is checked by the scanner at the word's end. */
export function acronymForms(acronym: string): PhraseForm[] {
  return [
    { keys: [acronym], declared: true },
    { keys: [`${acronym}s`], declared: false },
  ];
}
