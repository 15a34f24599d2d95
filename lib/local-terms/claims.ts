import { phraseKey } from '../glossary/validate';
import type { LocalTerm } from './schema';

/**
 * What a local term asks the matcher to mark. The headword is marked too (users
 * should not have to repeat it as a variant), except when it is written exactly
 * like one of the term's abbreviations, which the matcher treats case-sensitively.
 */
export interface Claim {
  kind: 'phrase' | 'acronym';
  /** Phrases compare in the glossary's normal form; acronyms as written. */
  key: string;
  /** As the user wrote it, for messages. */
  text: string;
  /** The form field the claim came from, so a clash is reported where it can be fixed. */
  field: 'headword' | 'phrases' | 'acronyms';
}

export type ClaimSource = Pick<LocalTerm, 'headword' | 'phrases' | 'acronyms'>;

export function claimsOf(term: ClaimSource): Claim[] {
  const claims: Claim[] = [];
  const phraseKeys = new Set<string>();
  const addPhrase = (text: string, field: Claim['field']) => {
    const key = phraseKey(text);
    if (!key || phraseKeys.has(key)) return;
    phraseKeys.add(key);
    claims.push({ kind: 'phrase', key, text: text.trim(), field });
  };
  const acronyms = [...new Set(term.acronyms.map((a) => a.trim()).filter(Boolean))];
  if (!acronyms.includes(term.headword.trim())) addPhrase(term.headword, 'headword');
  for (const phrase of term.phrases) addPhrase(phrase, 'phrases');
  for (const acronym of acronyms) claims.push({ kind: 'acronym', key: acronym, text: acronym, field: 'acronyms' });
  return claims;
}

/** The phrases a term's matcher entry should list, headword first. */
export function matchedPhrases(term: ClaimSource): string[] {
  return claimsOf(term)
    .filter((c) => c.kind === 'phrase')
    .map((c) => c.text);
}

export function matchedAcronyms(term: ClaimSource): string[] {
  return claimsOf(term)
    .filter((c) => c.kind === 'acronym')
    .map((c) => c.text);
}

function claimId(claim: Claim): string {
  return `${claim.kind}:${claim.key}`;
}

export interface ClaimClash<T> {
  claim: Claim;
  other: T;
}

/** Each of `term`'s claims that one of `others` already makes, with the term that makes it. */
export function clashesWith<T extends ClaimSource>(term: ClaimSource, others: readonly T[]): Array<ClaimClash<T>> {
  const owners = new Map<string, T>();
  for (const other of others)
    for (const c of claimsOf(other)) if (!owners.has(claimId(c))) owners.set(claimId(c), other);
  const clashes: Array<ClaimClash<T>> = [];
  for (const claim of claimsOf(term)) {
    const other = owners.get(claimId(claim));
    if (other) clashes.push({ claim, other });
  }
  return clashes;
}
