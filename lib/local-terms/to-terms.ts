import type { AskWho, Term } from '../glossary/schema';
import { countWords, SUMMARY_MAX_WORDS, sentences } from '../glossary/text-rules';
import { matchedAcronyms, matchedPhrases } from './claims';
import { type LocalTerm, localTermSchema } from './schema';

export const LOCAL_ID_PREFIX = 'local-';

/**
 * Who the user's own questions go to. The letter builder writes to the chair of
 * the health scrutiny committee by default, so that is where they fit unasked.
 */
export const LOCAL_QUESTIONS_ASK: readonly AskWho[] = ['health-scrutiny-committee'];

export function localTermId(slug: string): string {
  return `${LOCAL_ID_PREFIX}${slug}`;
}

export function isLocalTermId(id: string): boolean {
  return id.startsWith(LOCAL_ID_PREFIX);
}

/** Splits a definition the way glossary cards read: a short summary first, the rest as detail ('' when none). */
export function splitDefinition(definition: string): { summary: string; detail: string } {
  const parts = sentences(definition);
  if (parts.length <= 1) return { summary: definition.trim(), detail: '' };
  let taken = 1;
  let words = countWords(parts[0]);
  while (taken < parts.length && words + countWords(parts[taken]) <= SUMMARY_MAX_WORDS) {
    words += countWords(parts[taken]);
    taken++;
  }
  return { summary: parts.slice(0, taken).join(' '), detail: parts.slice(taken).join(' ') };
}

export function toTerm(local: LocalTerm): Term {
  const { summary, detail } = splitDefinition(local.definition);
  return {
    id: localTermId(local.slug),
    headword: local.headword,
    category: local.category,
    match: { phrases: matchedPhrases(local), acronyms: matchedAcronyms(local) },
    summary,
    detail,
    era: { status: 'current' },
    sources: [],
    questions: local.questions.map((text) => ({ text, askWho: [...LOCAL_QUESTIONS_ASK] })),
    related: [],
    local: true,
    ...(local.link ? { link: { ...local.link } } : {}),
  };
}

/**
 * The user's terms as glossary `Term`s, ready to join the matcher and search.
 * Takes whatever storage holds: an entry that fails the schema (hand-edited, or
 * from a build with other rules) is left out rather than stopping every other term.
 */
export function toTerms(localTerms: readonly unknown[] | null | undefined): Term[] {
  if (!Array.isArray(localTerms)) return [];
  const terms: Term[] = [];
  for (const raw of localTerms) {
    const parsed = localTermSchema.safeParse(raw);
    if (parsed.success) terms.push(toTerm(parsed.data));
  }
  return terms;
}
