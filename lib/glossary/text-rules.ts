/** Plain-English limits on glossary prose, shared by the validator and its tests. */
export const SUMMARY_MAX_WORDS = 35;
export const DETAIL_MAX_WORDS = 120;
export const SENTENCE_MAX_WORDS = 25;

export function countWords(text: string): number {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  return words.length;
}

/** Splits prose into sentences, keeping abbreviations such as "e.g." and "reg. 26" intact. */
export function sentences(text: string): string[] {
  const guarded = text.replace(/\b(e\.g|i\.e|etc|reg|regs|s|para|no|vs|approx|c)\.\s/gi, (m) =>
    m.replace('. ', '.\uE000'),
  );
  return guarded
    .split(/(?<=[.!?])\s+(?=[A-Z0-9"“‘(£])/u)
    .map((s) => s.replace(/\uE000/g, ' ').trim())
    .filter(Boolean);
}
