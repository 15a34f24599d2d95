import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { ASK_WHO, CATEGORIES } from './vocabulary';

/**
 * The glossary's shape. Data in `data/` is written by hand, often by people who
 * are not programmers, so every rule here exists to turn a silent mistake into a
 * message that names the entry and the field.
 */

export { ASK_WHO, ASK_WHO_LABELS, type AskWho, CATEGORIES, CATEGORY_LABELS, type Category } from './vocabulary';

const kebabId = lazySchema(() =>
  z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and single hyphens'),
);

/** A date as precise as the source allows: 2016, 2016-10 or 2016-10-21. */
export const isoDate = lazySchema(() =>
  z
    .string()
    .regex(
      /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
      'must be a date written YYYY, YYYY-MM or YYYY-MM-DD',
    ),
);

const httpsUrl = lazySchema(() =>
  z
    .string()
    .url('must be a full web address')
    .refine((u) => u.startsWith('https://'), 'must start with https://'),
);

const plainText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !/[<>]/.test(s), 'must be plain text (no < or >)');

export const sourceSchema = lazySchema(() =>
  z.strictObject({
    id: kebabId,
    title: plainText(300),
    publisher: plainText(200),
    date: isoDate,
    url: httpsUrl,
    archiveUrl: httpsUrl.refine(
      (u) => u.startsWith('https://web.archive.org/web/'),
      'must be a copy on https://web.archive.org/web/…',
    ),
    kind: z.enum(['primary', 'secondary']),
  }),
);

export const sourceRefSchema = lazySchema(() =>
  z.strictObject({
    source: kebabId,
    section: plainText(200).optional(),
  }),
);

export const questionSchema = lazySchema(() =>
  z.strictObject({
    text: plainText(400).refine((t) => t.endsWith('?'), 'must end with "?"'),
    askWho: z.array(z.enum(ASK_WHO)).min(1, 'must name at least one body that can answer'),
    basis: sourceRefSchema.optional(),
  }),
);

export const eraSchema = lazySchema(() =>
  z.strictObject({
    status: z.enum(['current', 'historical', 'proposed']),
    from: isoDate.optional(),
    until: isoDate.optional(),
    replacedBy: z.array(kebabId).optional(),
    note: plainText(200).optional(),
  }),
);

/**
 * Phrases are matched case-insensitively and the matcher generates plural,
 * possessive, hyphen/space, &/and and -ise/-ize variants, so list only the base
 * forms. Acronyms are matched case-sensitively as whole words.
 */
export const matchSchema = lazySchema(() =>
  z
    .strictObject({
      phrases: z.array(plainText(120)).default([]),
      acronyms: z
        .array(z.string().regex(/^[A-Za-z0-9&/+.-]{2,16}$/, 'must be a short abbreviation such as ICB or NHSE/I'))
        .default([]),
      /**
       * True for a term whose phrases other parts of government use for other things (the Department for
       * Education's "lead providers"): it is marked only on pages that name the NHS (lib/match/nhs-pages.ts).
       */
      nhsPagesOnly: z.boolean().optional(),
    })
    .refine((m) => m.phrases.length + m.acronyms.length > 0, 'must list at least one phrase or acronym'),
);

/**
 * One abbreviation that meant different things in different years (ICP, STP)
 * is shared by several terms; each declares the group and the words around it
 * that point to its meaning.
 */
export const senseSchema = lazySchema(() =>
  z.strictObject({
    group: z.string().min(2),
    cues: z.array(plainText(60)).min(1, 'must list at least one context word'),
  }),
);

export const termSchema = lazySchema(() =>
  z.strictObject({
    id: kebabId,
    headword: plainText(120),
    expansion: plainText(200).optional(),
    category: z.enum(CATEGORIES),
    match: matchSchema,
    sense: senseSchema.optional(),
    summary: plainText(400),
    detail: plainText(1200),
    era: eraSchema,
    sources: z.array(sourceRefSchema).min(1, 'must cite at least one source'),
    questions: z
      .array(questionSchema)
      .min(2, 'must have at least two questions')
      .max(4, 'must have at most four questions'),
    related: z.array(kebabId).default([]),
    unconfirmed: plainText(400).optional(),
    /**
     * Set only on the user's own terms (made from the options page, never in
     * data/): they carry a link of the user's choosing instead of sources.
     */
    local: z.literal(true).optional(),
    link: z.strictObject({ title: plainText(200), url: httpsUrl }).optional(),
  }),
);

export type Source = z.infer<typeof sourceSchema>;
export type SourceRef = z.infer<typeof sourceRefSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Era = z.infer<typeof eraSchema>;
export type Term = z.infer<typeof termSchema>;
export type TermInput = z.input<typeof termSchema>;
