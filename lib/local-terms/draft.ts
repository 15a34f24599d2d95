import type { z } from 'zod';
import type { Category } from '../glossary/schema';
import { countWords } from '../glossary/text-rules';
import { clashesWith } from './claims';
import { type GlossaryIndex, glossaryOverlaps, ordinaryPhraseWarnings, overlapWarning } from './glossary-overlap';
import { DEFAULT_LOCAL_CATEGORY, type LocalTerm, localTermSchema } from './schema';
import { uniqueSlug } from './slug';

/** What the "Your terms" form holds: text as typed, lists one item per line or comma. */
export interface LocalTermDraft {
  headword: string;
  /** Separated by commas or spaces. */
  acronyms: string;
  /** One per line. */
  phrases: string;
  definition: string;
  category: Category;
  linkUrl: string;
  linkTitle: string;
  /** One per line. */
  questions: string;
}

export type DraftField = keyof LocalTermDraft;

export const EMPTY_DRAFT: LocalTermDraft = {
  headword: '',
  acronyms: '',
  phrases: '',
  definition: '',
  category: DEFAULT_LOCAL_CATEGORY,
  linkUrl: '',
  linkTitle: '',
  questions: '',
};

export const DRAFT_FIELD_LABELS: Record<DraftField, string> = {
  headword: 'Term',
  acronyms: 'Abbreviations',
  phrases: 'Other wordings',
  definition: 'Definition',
  category: 'Category',
  linkUrl: 'Link address',
  linkTitle: 'Link title',
  questions: 'Questions',
};

export function draftFrom(term: LocalTerm): LocalTermDraft {
  return {
    headword: term.headword,
    acronyms: term.acronyms.join(', '),
    phrases: term.phrases.join('\n'),
    definition: term.definition,
    category: term.category,
    linkUrl: term.link?.url ?? '',
    linkTitle: term.link?.title ?? '',
    questions: term.questions.join('\n'),
  };
}

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

export interface DraftContext {
  /** The term being edited, whose slug is kept; undefined when adding. */
  editing?: LocalTerm;
  /** Every stored term (the one being edited is ignored). */
  terms: readonly LocalTerm[];
  glossary: GlossaryIndex;
}

export interface DraftCheck {
  /** Present only when there are no errors. */
  term?: LocalTerm;
  errors: Partial<Record<DraftField, string>>;
  warnings: string[];
  definitionWords: number;
}

function fieldOf(path: readonly PropertyKey[]): DraftField {
  const [head, sub] = path;
  if (head === 'link') return sub === 'title' ? 'linkTitle' : 'linkUrl';
  return head as DraftField;
}

function describe(issue: z.core.$ZodIssue, values: { acronyms: string[]; phrases: string[] }): string {
  const [head, index] = issue.path;
  if (typeof index === 'number') {
    if (head === 'questions') return `Question ${index + 1} ${issue.message}`;
    if (head === 'acronyms') return `“${values.acronyms[index]}” ${issue.message}`;
    if (head === 'phrases') return `“${values.phrases[index]}” ${issue.message}`;
  }
  return `${DRAFT_FIELD_LABELS[fieldOf(issue.path)]} ${issue.message}`;
}

/** Checks a draft as the user types: per-field errors that say what to fix, and glossary overlaps as warnings. */
export function checkDraft(draft: LocalTermDraft, context: DraftContext): DraftCheck {
  const others = context.terms.filter((t) => t.slug !== context.editing?.slug);
  const acronyms = draft.acronyms.split(/[\s,;]+/).filter(Boolean);
  const phrases = lines(draft.phrases);
  const url = draft.linkUrl.trim();
  const title = draft.linkTitle.trim();
  const candidate = {
    slug:
      context.editing?.slug ??
      uniqueSlug(
        draft.headword,
        others.map((t) => t.slug),
      ),
    headword: draft.headword,
    category: draft.category,
    acronyms,
    phrases,
    definition: draft.definition,
    ...(url || title ? { link: { url, title } } : {}),
    questions: lines(draft.questions),
  };

  const errors: DraftCheck['errors'] = {};
  const setError = (field: DraftField, message: string) => {
    errors[field] ??= message;
  };
  if (url && !title) setError('linkTitle', 'Link title is needed with an address: the name of the page, for example');
  if (title && !url) setError('linkUrl', 'Link address is missing: add it, or clear the link title');

  const parsed = localTermSchema.safeParse(candidate);
  if (!parsed.success)
    for (const issue of parsed.error.issues) setError(fieldOf(issue.path), describe(issue, { acronyms, phrases }));

  for (const { claim, other } of clashesWith(candidate, others)) {
    setError(
      claim.field,
      `“${claim.text}” is already one of your terms (“${other.headword}”): each wording can belong to one term`,
    );
  }

  const warnings = [
    ...glossaryOverlaps(candidate, context.glossary).map(overlapWarning),
    ...ordinaryPhraseWarnings(candidate),
  ];
  const definitionWords = countWords(draft.definition);
  const ok = Object.keys(errors).length === 0 && parsed.success;
  return { ...(ok ? { term: parsed.data } : {}), errors, warnings, definitionWords };
}
