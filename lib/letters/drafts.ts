import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import type { BasketQuestion } from './model';
import { cleanSingleLine, formatLongDate } from './text';

/*
 * Letter drafts and the questions basket, kept in the extension's local
 * storage. Saving on every keystroke is the UI's business (it debounces);
 * this module makes each change atomic and keeps the stored shape valid.
 */

// ---------------------------------------------------------------------------
// Drafts
// ---------------------------------------------------------------------------

const fieldValueSchema = lazySchema(() => z.union([z.string(), z.array(z.string())]));

/** Version 2: a list of named drafts. */
export const letterDraftSchema = lazySchema(() =>
  z.object({
    id: z.string().min(1),
    name: z.string(),
    templateId: z.string(),
    values: z.record(z.string(), fieldValueSchema),
    includeParagraphs: z.array(z.string()),
    /** Basket question ids chosen for this letter, in order. */
    questionIds: z.array(z.string()),
    createdAt: z.number(),
    updatedAt: z.number(),
  }),
);
export type LetterDraft = z.infer<typeof letterDraftSchema>;

/**
 * Version 1, the first release: one unnamed draft, values as strings, and
 * optional paragraphs as an on/off map.
 */
export const letterDraftV1Schema = lazySchema(() =>
  z.object({
    templateId: z.string(),
    values: z.record(z.string(), z.string()),
    paragraphs: z.record(z.string(), z.boolean()).optional(),
    savedAt: z.number(),
  }),
);
export type LetterDraftV1 = z.infer<typeof letterDraftV1Schema>;

export const DRAFT_NAME_MAX = 120;
const UNTITLED = 'Untitled letter';

const newId = () => crypto.randomUUID();

function cleanName(name: string | undefined): string {
  const n = cleanSingleLine(name ?? '')
    .slice(0, DRAFT_NAME_MAX)
    .trim();
  return n || UNTITLED;
}

/**
 * v1 → v2. The single draft becomes the first entry of the list, named after
 * the day it was saved; the paragraph map becomes the list of ids switched on.
 * Anything unreadable becomes an empty list rather than blocking the upgrade.
 *
 * A list is already v2 and passes through: WXT stamps the version only on the
 * first write after install, so v2 data can end up without its stamp (storage
 * cleared and rewritten in one session) and would otherwise be "migrated" to [].
 */
export function migrateDraftsV1ToV2(old: unknown, makeId: () => string = newId): LetterDraft[] {
  if (Array.isArray(old)) return old.flatMap((d) => (letterDraftSchema.safeParse(d).success ? [d as LetterDraft] : []));
  const parsed = letterDraftV1Schema.safeParse(old);
  if (!parsed.success) return [];
  const v1 = parsed.data;
  return [
    {
      id: makeId(),
      name: `Draft letter (saved ${formatLongDate(new Date(v1.savedAt))})`,
      templateId: v1.templateId,
      values: { ...v1.values },
      includeParagraphs: Object.entries(v1.paragraphs ?? {})
        .filter(([, on]) => on)
        .map(([id]) => id),
      questionIds: [],
      createdAt: v1.savedAt,
      updatedAt: v1.savedAt,
    },
  ];
}

// Pure, so a bundle that never reads the item leaves it out: defining an item with migrations reads storage
// twice at once (its value and its version), which the content script would pay on every page with a term.
export const letterDraftsItem = /* @__PURE__ */ storage.defineItem<LetterDraft[]>('local:letterDrafts', {
  fallback: [],
  version: 2,
  migrations: { 2: (old: unknown) => migrateDraftsV1ToV2(old) },
});

/** One write at a time within this page, so quick successive saves cannot overwrite each other. */
let chain: Promise<unknown> = Promise.resolve();
function serial<T>(fn: () => Promise<T>): Promise<T> {
  const run = chain.then(fn, fn);
  chain = run.catch(() => undefined);
  return run;
}

const copy = <T>(v: T): T => structuredClone(v);

async function readDrafts(): Promise<LetterDraft[]> {
  const raw: unknown = await letterDraftsItem.getValue();
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((d) => {
    const r = letterDraftSchema.safeParse(d);
    return r.success ? [r.data] : [];
  });
}

/** All drafts, most recently changed first. */
export async function listDrafts(): Promise<LetterDraft[]> {
  return (await readDrafts()).sort((a, b) => b.updatedAt - a.updatedAt);
}

export async function getDraft(id: string): Promise<LetterDraft | undefined> {
  return (await readDrafts()).find((d) => d.id === id);
}

export interface DraftInput {
  /** Leave out to create a new draft. */
  id?: string;
  name?: string;
  templateId: string;
  values: LetterDraft['values'];
  includeParagraphs: readonly string[];
  questionIds?: readonly string[];
}

/** Creates or updates a draft and returns what was stored. */
export function saveDraft(input: DraftInput): Promise<LetterDraft> {
  return serial(async () => {
    const drafts = await readDrafts();
    const now = Date.now();
    const i = input.id ? drafts.findIndex((d) => d.id === input.id) : -1;
    const existing = i >= 0 ? drafts[i] : undefined;
    const draft: LetterDraft = {
      id: existing?.id ?? input.id ?? newId(),
      name: input.name !== undefined ? cleanName(input.name) : (existing?.name ?? UNTITLED),
      templateId: input.templateId,
      values: copy(input.values),
      includeParagraphs: [...input.includeParagraphs],
      questionIds: [...(input.questionIds ?? existing?.questionIds ?? [])],
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    if (existing) drafts[i] = draft;
    else drafts.push(draft);
    await store(letterDraftsItem, drafts);
    return copy(draft);
  });
}

export function renameDraft(id: string, name: string): Promise<LetterDraft | undefined> {
  return serial(async () => {
    const drafts = await readDrafts();
    const d = drafts.find((x) => x.id === id);
    if (!d) return undefined;
    d.name = cleanName(name);
    d.updatedAt = Date.now();
    await store(letterDraftsItem, drafts);
    return copy(d);
  });
}

/** Copies a draft under a new id, placed just after the original. */
export function duplicateDraft(id: string): Promise<LetterDraft | undefined> {
  return serial(async () => {
    const drafts = await readDrafts();
    const i = drafts.findIndex((x) => x.id === id);
    if (i < 0) return undefined;
    const now = Date.now();
    const dup: LetterDraft = {
      ...copy(drafts[i]),
      id: newId(),
      name: cleanName(`Copy of ${drafts[i].name}`),
      createdAt: now,
      updatedAt: now,
    };
    drafts.splice(i + 1, 0, dup);
    await store(letterDraftsItem, drafts);
    return copy(dup);
  });
}

/** What `deleteDraft` hands back so the UI can offer "Undo". */
export interface DeletedDraft {
  draft: LetterDraft;
  index: number;
}

export function deleteDraft(id: string): Promise<DeletedDraft | undefined> {
  return serial(async () => {
    const drafts = await readDrafts();
    const index = drafts.findIndex((x) => x.id === id);
    if (index < 0) return undefined;
    const [draft] = drafts.splice(index, 1);
    await store(letterDraftsItem, drafts);
    return { draft, index };
  });
}

/** Puts a deleted draft back where it was, unchanged. Restoring twice is harmless. */
export function restoreDraft(deleted: DeletedDraft): Promise<LetterDraft> {
  return serial(async () => {
    const drafts = await readDrafts();
    const present = drafts.find((d) => d.id === deleted.draft.id);
    if (present) return copy(present);
    const draft = letterDraftSchema.parse(copy(deleted.draft));
    drafts.splice(Math.min(Math.max(deleted.index, 0), drafts.length), 0, draft);
    await store(letterDraftsItem, drafts);
    return copy(draft);
  });
}

/** Calls back whenever the drafts change (in this or another extension page). */
export function watchDrafts(cb: (drafts: LetterDraft[]) => void): () => void {
  return letterDraftsItem.watch(() => void listDrafts().then(cb));
}

// ---------------------------------------------------------------------------
// Questions basket
// ---------------------------------------------------------------------------

/** Thrown when the browser will not store more: said in words a resident can act on. */
export class StorageFullError extends Error {
  constructor(cause: unknown) {
    super(
      'Your browser’s storage for Scrutiny Lens is full, so this change was not saved. What was saved before is kept. Delete drafts you no longer need, or copy this letter out, then try again.',
      { cause },
    );
    this.name = 'StorageFullError';
  }
}

function isQuotaError(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /quota|QUOTA_BYTES|storage.*full/i.test(text);
}

/** Writes an item, turning the browser's quota error into one that says what happened and what to do. */
async function store<T>(item: { setValue(value: T): Promise<void> }, value: T): Promise<void> {
  try {
    await item.setValue(value);
  } catch (error) {
    throw isQuotaError(error) ? new StorageFullError(error) : error;
  }
}

export const QUESTION_MAX = 1000;

export const basketEntrySchema = lazySchema(() =>
  z.object({
    id: z.string().min(1),
    text: z.string().min(1),
    termId: z.string().optional(),
    sourceRefs: z.array(z.string()).optional(),
    /** Where the writer was when they added it: the page's title and address. */
    source: z.object({ pageTitle: z.string(), pageUrl: z.string(), pdfPage: z.number().int().positive().optional() }),
    addedAt: z.number(),
    /** The wording before the writer first edited it. */
    originalText: z.string().optional(),
  }),
);
export type BasketEntry = z.infer<typeof basketEntrySchema> & BasketQuestion;

/** Version 1 is the first shape; declaring it now means a later change can migrate from it. */
export const questionBasketItem = /* @__PURE__ */ storage.defineItem<BasketEntry[]>('local:questionBasket', {
  fallback: [],
  version: 1,
  migrations: {},
});

async function readBasket(): Promise<BasketEntry[]> {
  const raw: unknown = await questionBasketItem.getValue();
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((q) => {
    const r = basketEntrySchema.safeParse(q);
    return r.success ? [r.data] : [];
  });
}

function cleanQuestion(text: string): string {
  const t = cleanSingleLine(text);
  if (!t) throw new RangeError('A question cannot be empty.');
  if (t.length > QUESTION_MAX) throw new RangeError(`A question can be at most ${QUESTION_MAX} characters.`);
  return t;
}

export async function listQuestions(): Promise<BasketEntry[]> {
  return readBasket();
}

export interface AddQuestionInput {
  text: string;
  termId?: string;
  sourceRefs?: readonly string[];
  pageTitle: string;
  pageUrl: string;
  pdfPage?: number;
}

/** Adds a question, recording the page it came from. The same wording twice is kept once. */
export function addQuestion(input: AddQuestionInput): Promise<{ entry: BasketEntry; added: boolean }> {
  return serial(async () => {
    const text = cleanQuestion(input.text);
    const basket = await readBasket();
    const same = basket.find((q) => q.text.toLowerCase() === text.toLowerCase());
    if (same) return { entry: copy(same), added: false };
    const entry: BasketEntry = {
      id: newId(),
      text,
      ...(input.termId ? { termId: input.termId } : {}),
      ...(input.sourceRefs?.length ? { sourceRefs: [...input.sourceRefs] } : {}),
      source: {
        pageTitle: cleanSingleLine(input.pageTitle).slice(0, 300),
        pageUrl: input.pageUrl.trim().slice(0, 2048),
        ...(input.pdfPage !== undefined && Number.isInteger(input.pdfPage) && input.pdfPage > 0
          ? { pdfPage: input.pdfPage }
          : {}),
      },
      addedAt: Date.now(),
    };
    basket.push(entry);
    await store(questionBasketItem, basket);
    return { entry: copy(entry), added: true };
  });
}

export interface RemovedQuestion {
  entry: BasketEntry;
  index: number;
}

export function removeQuestion(id: string): Promise<RemovedQuestion | undefined> {
  return serial(async () => {
    const basket = await readBasket();
    const index = basket.findIndex((q) => q.id === id);
    if (index < 0) return undefined;
    const [entry] = basket.splice(index, 1);
    await store(questionBasketItem, basket);
    return { entry, index };
  });
}

export function restoreQuestion(removed: RemovedQuestion): Promise<BasketEntry> {
  return serial(async () => {
    const basket = await readBasket();
    const present = basket.find((q) => q.id === removed.entry.id);
    if (present) return copy(present);
    const entry = basketEntrySchema.parse(copy(removed.entry));
    basket.splice(Math.min(Math.max(removed.index, 0), basket.length), 0, entry);
    await store(questionBasketItem, basket);
    return copy(entry);
  });
}

/** Rewords a question, keeping the original wording the first time it is changed. */
export function editQuestion(id: string, text: string): Promise<BasketEntry | undefined> {
  return serial(async () => {
    const clean = cleanQuestion(text);
    const basket = await readBasket();
    const q = basket.find((x) => x.id === id);
    if (!q) return undefined;
    if (q.text !== clean) {
      q.originalText ??= q.text;
      q.text = clean;
      await store(questionBasketItem, basket);
    }
    return copy(q);
  });
}

/** Moves one question to a new position (clamped to the list). */
export function moveQuestion(id: string, toIndex: number): Promise<BasketEntry[]> {
  return serial(async () => {
    const basket = await readBasket();
    const from = basket.findIndex((q) => q.id === id);
    if (from < 0) return basket;
    const [q] = basket.splice(from, 1);
    basket.splice(Math.min(Math.max(Math.trunc(toIndex), 0), basket.length), 0, q);
    await store(questionBasketItem, basket);
    return copy(basket);
  });
}

/** Puts the questions in the given order. Ids not listed keep their relative order at the end; unknown ids are ignored. */
export function reorderQuestions(ids: readonly string[]): Promise<BasketEntry[]> {
  return serial(async () => {
    const basket = await readBasket();
    const byId = new Map(basket.map((q) => [q.id, q]));
    const seen = new Set<string>();
    const ordered: BasketEntry[] = [];
    for (const id of ids) {
      const q = byId.get(id);
      if (q && !seen.has(id)) {
        ordered.push(q);
        seen.add(id);
      }
    }
    for (const q of basket) if (!seen.has(q.id)) ordered.push(q);
    await questionBasketItem.setValue(ordered);
    return copy(ordered);
  });
}

export function clearBasket(): Promise<void> {
  return serial(() => questionBasketItem.setValue([]));
}

export function watchBasket(cb: (questions: BasketEntry[]) => void): () => void {
  return questionBasketItem.watch(() => void readBasket().then(cb));
}
