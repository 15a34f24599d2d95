/**
 * Folds text so that the spellings a reader treats as the same compare equal
 * in search: case, accents, "&" and "and", hyphens and slashes, apostrophes,
 * and -ise/-ize. Applied to the glossary and to queries alike, so a rule only
 * has to be consistent, not linguistically right.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}£%]+/gu, ' ')
    .replace(/([a-z])iz(e|es|ed|ing|ation|ations)\b/g, '$1is$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of folded text. */
export function wordsOf(folded: string): string[] {
  return folded ? folded.split(' ') : [];
}
