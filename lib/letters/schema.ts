import { z } from 'zod';

/**
 * The shape of a letter template in data/letters/*.json.
 *
 * Templates are written by hand, often by campaigners rather than programmers,
 * so every rule below turns a silent mistake (a misspelt placeholder, an
 * optional paragraph nobody placed, a field the letter never uses) into a
 * message that names the template and the field path.
 */

export const FIELD_KINDS = ['text', 'multiline', 'date', 'money', 'names', 'choice', 'email', 'number'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

/** `{{field_id}}` — lower-case letters, digits and underscores. */
export const PLACEHOLDER_PATTERN = /\{\{([^{}]*)\}\}/g;
const FIELD_ID = /^[a-z][a-z0-9_]*$/;

const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and single hyphens');

const fieldId = z
  .string()
  .regex(FIELD_ID, 'must be a field id: lower-case letters, digits and underscores, starting with a letter');

/** Text written by the template's author: plain, never markup. */
const plainText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !/[<>]/.test(s), 'must be plain text (no < or >)');

const httpsUrl = z
  .string()
  .url('must be a full web address')
  .refine((u) => u.startsWith('https://'), 'must start with https://');

export const choiceOptionSchema = z.strictObject({
  value: kebabId,
  /** What the form shows. */
  label: plainText(80),
  /** What the letter says when this option is chosen. */
  text: plainText(200),
});

export const fieldSchema = z.strictObject({
  id: fieldId,
  label: plainText(60),
  kind: z.enum(FIELD_KINDS),
  required: z.boolean(),
  /** Shown under the input: what to put here and where to find it. */
  help: plainText(500),
  /** A realistic example. For `names`, separate names with semicolons. */
  example: plainText(300),
  options: z.array(choiceOptionSchema).optional(),
  /** Used when the writer leaves the field empty. */
  default: z.string().trim().min(1).optional(),
  maxLength: z.number().int().positive().optional(),
  min: z.number().int().optional(),
  max: z.number().int().optional(),
});

export const optionalParagraphSchema = z.strictObject({
  id: kebabId,
  /** The checkbox label in the form. */
  label: plainText(120),
  /** Whether the paragraph starts switched on. */
  default: z.boolean(),
  text: plainText(1500),
  /** Counts towards the template's word limit. */
  countWords: z.boolean().optional(),
});

export const templateReferenceSchema = z.strictObject({
  title: plainText(300),
  publisher: plainText(200),
  url: httpsUrl,
  archiveUrl: httpsUrl
    .refine((u) => u.startsWith('https://web.archive.org/web/'), 'must be a copy on https://web.archive.org/web/…')
    .optional(),
  detail: plainText(120).optional(),
});

const templateText = (max: number) => plainText(max);

export const templateBlockSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('address'), lines: z.array(templateText(200)).min(1) }),
  z.strictObject({ type: z.literal('date') }),
  z.strictObject({ type: z.literal('salutation'), text: templateText(200) }),
  z.strictObject({ type: z.literal('heading'), text: templateText(300) }),
  z.strictObject({ type: z.literal('paragraph'), text: templateText(1500), countWords: z.boolean().optional() }),
  z.strictObject({ type: z.literal('optional'), id: kebabId }),
  z.strictObject({
    type: z.literal('questions'),
    intro: templateText(300).optional(),
    /** Shown, as a placeholder, when no question has been chosen. */
    emptyText: templateText(120),
    minQuestions: z.number().int().min(0).default(0),
    maxQuestions: z.number().int().min(1).optional(),
    countWords: z.boolean().optional(),
  }),
  z.strictObject({ type: z.literal('references'), heading: templateText(80), intro: templateText(300).optional() }),
  z.strictObject({ type: z.literal('signoff'), closing: templateText(60), lines: z.array(templateText(200)).min(1) }),
]);

const letterTemplateBase = z.strictObject({
  id: kebabId,
  title: plainText(120),
  /** Who the letter is addressed to. */
  audience: plainText(400),
  whenToUse: plainText(800),
  /** Practical advice shown beside the form (deadlines, word limits, where to send it). */
  tips: z.array(plainText(400)).default([]),
  subject: templateText(200),
  fields: z.array(fieldSchema).min(1, 'must declare at least one field'),
  /** The "why this matters to you" field: identical campaign letters get filtered, personal ones get read. */
  personalFieldId: fieldId,
  /** A word limit the writer can set (public questions). `fieldId` names a `number` field with a default. */
  wordLimit: z.strictObject({ fieldId }).optional(),
  optionalParagraphs: z.array(optionalParagraphSchema).default([]),
  /** Sources the template's own text relies on (legislation, guidance). */
  references: z.array(templateReferenceSchema).default([]),
  body: z.array(templateBlockSchema).min(1, 'must have at least one block'),
});

type Ctx = z.core.$RefinementCtx<z.output<typeof letterTemplateBase>>;

/** The field ids a piece of template text refers to, and any malformed braces. */
export function placeholdersIn(text: string): { ids: string[]; malformed: string[] } {
  const ids: string[] = [];
  const malformed: string[] = [];
  for (const m of text.matchAll(PLACEHOLDER_PATTERN)) {
    const inner = m[1].trim();
    if (FIELD_ID.test(inner)) ids.push(inner);
    else malformed.push(m[0]);
  }
  const rest = text.replace(PLACEHOLDER_PATTERN, '');
  if (rest.includes('{{') || rest.includes('}}')) malformed.push('unmatched {{ or }}');
  return { ids, malformed };
}

function checkTemplate(t: z.output<typeof letterTemplateBase>, ctx: Ctx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });

  // Fields.
  const fields = new Map<string, (typeof t.fields)[number]>();
  t.fields.forEach((f, i) => {
    if (fields.has(f.id)) issue(['fields', i, 'id'], `"${f.id}" is used by another field`);
    fields.set(f.id, f);
    if (f.kind === 'choice') {
      if (!f.options || f.options.length < 2)
        issue(['fields', i, 'options'], 'a choice field must list at least two options');
      const values = new Set<string>();
      f.options?.forEach((o, j) => {
        if (values.has(o.value)) issue(['fields', i, 'options', j, 'value'], `"${o.value}" is listed twice`);
        values.add(o.value);
      });
      if (f.default !== undefined && !values.has(f.default))
        issue(['fields', i, 'default'], `"${f.default}" is not one of the options`);
    } else if (f.options) {
      issue(['fields', i, 'options'], `only choice fields have options (this is a ${f.kind} field)`);
    }
    if (f.kind === 'number' && f.default !== undefined && !/^\d+$/.test(f.default))
      issue(['fields', i, 'default'], 'must be a whole number');
    if (f.min !== undefined && f.max !== undefined && f.min > f.max)
      issue(['fields', i, 'max'], 'must not be below min');
    if ((f.min !== undefined || f.max !== undefined) && f.kind !== 'number')
      issue(['fields', i, 'min'], 'only number fields have min and max');
  });

  // Optional paragraphs: declared once, placed once.
  const paragraphs = new Map<string, number>();
  t.optionalParagraphs.forEach((p, i) => {
    if (paragraphs.has(p.id)) issue(['optionalParagraphs', i, 'id'], `"${p.id}" is used by another optional paragraph`);
    paragraphs.set(p.id, i);
  });
  const placed = new Set<string>();

  // Placeholders. Optional fields may only appear where an empty value can vanish:
  // in address and sign-off lines (the line is dropped) or inside an optional paragraph.
  const used = new Set<string>();
  const scan = (text: string | undefined, path: (string | number)[], alwaysShown: boolean) => {
    if (text === undefined) return;
    const { ids, malformed } = placeholdersIn(text);
    for (const m of malformed) issue(path, `malformed placeholder ${m}: write {{field_id}}`);
    for (const id of ids) {
      const f = fields.get(id);
      if (!f) {
        issue(path, `unknown placeholder {{${id}}}: no field has the id "${id}"`);
        continue;
      }
      used.add(id);
      if (alwaysShown && !f.required && f.default === undefined)
        issue(
          path,
          `{{${id}}} is an optional field in text that is always shown: make the field required, give it a default, or move the sentence into an optional paragraph`,
        );
    }
  };

  scan(t.subject, ['subject'], true);
  const counts: Record<string, number> = {};
  t.body.forEach((b, i) => {
    counts[b.type] = (counts[b.type] ?? 0) + 1;
    switch (b.type) {
      case 'address':
      case 'signoff':
        b.lines.forEach((line, j) => {
          scan(line, ['body', i, 'lines', j], false);
        });
        if (b.type === 'signoff') scan(b.closing, ['body', i, 'closing'], true);
        break;
      case 'salutation':
      case 'heading':
      case 'paragraph':
        scan(b.text, ['body', i, 'text'], true);
        break;
      case 'questions':
        scan(b.intro, ['body', i, 'intro'], true);
        scan(b.emptyText, ['body', i, 'emptyText'], true);
        if (b.maxQuestions !== undefined && b.maxQuestions < b.minQuestions)
          issue(['body', i, 'maxQuestions'], 'must not be below minQuestions');
        break;
      case 'references':
        scan(b.heading, ['body', i, 'heading'], true);
        scan(b.intro, ['body', i, 'intro'], true);
        break;
      case 'optional':
        if (!paragraphs.has(b.id)) issue(['body', i, 'id'], `no optional paragraph has the id "${b.id}"`);
        else if (placed.has(b.id)) issue(['body', i, 'id'], `optional paragraph "${b.id}" is placed twice`);
        placed.add(b.id);
        break;
      case 'date':
        break;
    }
  });
  t.optionalParagraphs.forEach((p, i) => {
    scan(p.text, ['optionalParagraphs', i, 'text'], false);
    if (!placed.has(p.id))
      issue(
        ['optionalParagraphs', i, 'id'],
        `"${p.id}" is never placed in the body (add { "type": "optional", "id": "${p.id}" })`,
      );
  });

  const exactlyOne = ['salutation', 'questions', 'references', 'signoff'] as const;
  for (const type of exactlyOne)
    if ((counts[type] ?? 0) !== 1)
      issue(['body'], `must have exactly one "${type}" block (found ${counts[type] ?? 0})`);
  for (const type of ['address', 'date'] as const)
    if ((counts[type] ?? 0) > 1) issue(['body'], `must have at most one "${type}" block (found ${counts[type]})`);

  // The personal field.
  const personal = fields.get(t.personalFieldId);
  if (!personal) issue(['personalFieldId'], `no field has the id "${t.personalFieldId}"`);
  else if (personal.kind !== 'multiline') issue(['personalFieldId'], `"${personal.id}" must be a multiline field`);

  // The word limit.
  if (t.wordLimit) {
    const f = fields.get(t.wordLimit.fieldId);
    if (!f) issue(['wordLimit', 'fieldId'], `no field has the id "${t.wordLimit.fieldId}"`);
    else {
      if (f.kind !== 'number') issue(['wordLimit', 'fieldId'], `"${f.id}" must be a number field`);
      if (f.default === undefined) issue(['wordLimit', 'fieldId'], `"${f.id}" must have a default`);
      used.add(f.id);
    }
  }

  t.fields.forEach((f, i) => {
    if (!used.has(f.id)) issue(['fields', i, 'id'], `"${f.id}" is never used: no text contains {{${f.id}}}`);
  });
}

export const letterTemplateSchema = letterTemplateBase.superRefine(checkTemplate);

export type LetterTemplate = z.output<typeof letterTemplateSchema>;
export type LetterTemplateInput = z.input<typeof letterTemplateSchema>;
export type TemplateField = LetterTemplate['fields'][number];
export type TemplateBlock = LetterTemplate['body'][number];
export type OptionalParagraph = LetterTemplate['optionalParagraphs'][number];
export type TemplateReference = LetterTemplate['references'][number];
export type ChoiceOption = z.output<typeof choiceOptionSchema>;

export type TemplateValidation = { ok: true; template: LetterTemplate } | { ok: false; errors: string[] };

/** The template's id if it has one, for messages about a template that failed to parse. */
function labelOf(raw: unknown, fallback: string): string {
  const id = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id ? id : fallback;
}

/**
 * Validates one template. Every message reads `<template id> › <field path>: <problem>`,
 * prefixed with the file when one is given.
 */
export function validateTemplate(raw: unknown, file?: string): TemplateValidation {
  const parsed = letterTemplateSchema.safeParse(raw);
  if (parsed.success) return { ok: true, template: parsed.data };
  const label = [file, labelOf(raw, '(template without an id)')].filter(Boolean).join(' › ');
  return {
    ok: false,
    errors: parsed.error.issues.map(
      (issue) => `${label} › ${issue.path.length ? issue.path.join('.') : '(template)'}: ${issue.message}`,
    ),
  };
}
