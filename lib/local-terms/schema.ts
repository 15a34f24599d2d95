import { z } from 'zod';
import { CATEGORIES, type Category } from '../glossary/schema';
import { countWords, DETAIL_MAX_WORDS, SUMMARY_MAX_WORDS } from '../glossary/text-rules';
import { lazySchema } from '../lazy-schema';

/**
 * The user's own terms, as stored and as exported. Kept separate from the
 * glossary's `Term` so the form can stay small (one definition, questions as
 * plain sentences) while `toTerms` fills in what the card and matcher expect.
 */

/** A definition may be as long as a glossary summary and detail together. */
export const DEFINITION_MAX_WORDS = SUMMARY_MAX_WORDS + DETAIL_MAX_WORDS;
export const DEFINITION_MAX_CHARS = 1600;
export const MAX_LOCAL_TERMS = 500;
export const MAX_ACRONYMS = 6;
export const MAX_PHRASES = 20;
export const MAX_QUESTIONS = 4;
export const DEFAULT_LOCAL_CATEGORY: Category = 'bodies-and-structures';

/** Same rule as the glossary: an abbreviation is matched case-sensitively as a whole word. */
export const ACRONYM_PATTERN = /^[A-Za-z0-9&/+.-]{2,16}$/;

// The glossary refuses < and > too; the card renders text only, but one rule for both keeps `Term` honest.
const plainText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !/[<>]/.test(s), 'must be plain text: write "under" or "over" instead of < or >');

export const slugSchema = lazySchema(() =>
  z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and single hyphens')
    .max(80, 'must be at most 80 characters'),
);

export const acronymSchema = lazySchema(() =>
  z
    .string()
    .trim()
    .regex(
      ACRONYM_PATTERN,
      'must be a short abbreviation such as ICB or NHSE/I (2 to 16 letters, digits or & / + . -)',
    ),
);

export const httpsAddressSchema = lazySchema(() =>
  z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be a full web address such as https://www.leeds.gov.uk/…' });
        return;
      }
      if (url.protocol !== 'https:' || !value.startsWith('https://')) {
        ctx.addIssue({ code: 'custom', message: 'must start with https:// (a secure web address)' });
      }
    }),
);

export const linkSchema = lazySchema(() =>
  z.strictObject({
    title: plainText(200),
    url: httpsAddressSchema,
  }),
);

export const definitionSchema = lazySchema(() =>
  plainText(DEFINITION_MAX_CHARS).superRefine((text, ctx) => {
    const words = countWords(text);
    if (words > DEFINITION_MAX_WORDS) {
      ctx.addIssue({ code: 'custom', message: `has ${words} words; keep it to ${DEFINITION_MAX_WORDS}` });
    }
  }),
);

export const localQuestionSchema = lazySchema(() => plainText(400).refine((q) => q.endsWith('?'), 'must end with "?"'));

export const localTermSchema = lazySchema(() =>
  z.strictObject({
    /** Stable from creation, so anything that refers to `local-<slug>` survives edits to the headword. */
    slug: slugSchema,
    headword: plainText(120),
    category: z.enum(CATEGORIES),
    acronyms: z.array(acronymSchema).max(MAX_ACRONYMS, `must list at most ${MAX_ACRONYMS} abbreviations`),
    /** Other wordings to mark, besides the headword. */
    phrases: z.array(plainText(120)).max(MAX_PHRASES, `must list at most ${MAX_PHRASES} variants`),
    definition: definitionSchema,
    link: linkSchema.optional(),
    questions: z.array(localQuestionSchema).max(MAX_QUESTIONS, `must have at most ${MAX_QUESTIONS} questions`),
  }),
);

export type LocalTerm = z.infer<typeof localTermSchema>;
