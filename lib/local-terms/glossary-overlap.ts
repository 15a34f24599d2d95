import { ORDINARY_PHRASES } from '../glossary/ordinary-words';
import type { Term } from '../glossary/schema';
import { phraseKey } from '../glossary/validate';
import { type ClaimSource, claimsOf } from './claims';

/** The bundled glossary's phrases and abbreviations, indexed once per page for as-you-type checks. */
export interface GlossaryIndex {
  phrases: ReadonlyMap<string, Term>;
  acronyms: ReadonlyMap<string, Term>;
}

export function indexGlossary(terms: readonly Term[]): GlossaryIndex {
  const phrases = new Map<string, Term>();
  const acronyms = new Map<string, Term>();
  for (const term of terms) {
    if (term.local) continue;
    for (const p of term.match.phrases) if (!phrases.has(phraseKey(p))) phrases.set(phraseKey(p), term);
    for (const a of term.match.acronyms) if (!acronyms.has(a)) acronyms.set(a, term);
  }
  return { phrases, acronyms };
}

export const EMPTY_GLOSSARY_INDEX: GlossaryIndex = { phrases: new Map(), acronyms: new Map() };

export interface GlossaryOverlap {
  text: string;
  glossaryTerm: Term;
}

/**
 * Wordings a local term shares with the bundled glossary. Not an error: the
 * user may well want their own explanation, and on the page the local term wins.
 */
export function glossaryOverlaps(term: ClaimSource, index: GlossaryIndex): GlossaryOverlap[] {
  const overlaps: GlossaryOverlap[] = [];
  for (const claim of claimsOf(term)) {
    const glossaryTerm = claim.kind === 'phrase' ? index.phrases.get(claim.key) : index.acronyms.get(claim.key);
    if (glossaryTerm) overlaps.push({ text: claim.text, glossaryTerm });
  }
  return overlaps;
}

/** Phrases that are everyday English on their own: allowed, but the user should know they will be marked everywhere. */
export function ordinaryPhraseWarnings(term: ClaimSource): string[] {
  return claimsOf(term)
    .filter((c) => c.kind === 'phrase' && ORDINARY_PHRASES.has(c.key))
    .map(
      (c) =>
        `“${c.text}” is everyday English too, so it will be marked wherever it appears, not only in its NHS sense.`,
    );
}

export function overlapWarning({ text, glossaryTerm }: GlossaryOverlap): string {
  return `“${text}” is also in the glossary (${glossaryTerm.headword}). On pages, your definition is shown instead.`;
}
