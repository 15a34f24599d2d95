import type { z } from 'zod';
import { ORDINARY_PHRASES } from './ordinary-words';
import { type Source, sourceSchema, type Term, termSchema } from './schema';
import { countWords, DETAIL_MAX_WORDS, SENTENCE_MAX_WORDS, SUMMARY_MAX_WORDS, sentences } from './text-rules';

export interface DataFile {
  /** Path shown in messages, e.g. `data/terms/money.json`. */
  file: string;
  data: unknown;
}

export interface Glossary {
  terms: Term[];
  termsById: ReadonlyMap<string, Term>;
  sources: ReadonlyMap<string, Source>;
}

export type ValidationResult = { ok: true; glossary: Glossary } | { ok: false; errors: string[] };

function describeIssue(prefix: string, issue: z.core.$ZodIssue): string {
  const field = issue.path.length ? issue.path.join('.') : '(entry)';
  return `${prefix} › ${field}: ${issue.message}`;
}

function entryLabel(file: string, index: number, raw: unknown): string {
  const id =
    raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string'
      ? (raw as { id: string }).id
      : `#${index + 1}`;
  return `${file} › ${id}`;
}

function parseArray<T>(files: DataFile[], schema: z.ZodType<T>, errors: string[]): Array<{ file: string; value: T }> {
  const out: Array<{ file: string; value: T }> = [];
  for (const { file, data } of files) {
    if (!Array.isArray(data)) {
      errors.push(`${file}: must be a list of entries ([ … ])`);
      continue;
    }
    data.forEach((raw, i) => {
      const parsed = schema.safeParse(raw);
      if (parsed.success) out.push({ file, value: parsed.data });
      else for (const issue of parsed.error.issues) errors.push(describeIssue(entryLabel(file, i, raw), issue));
    });
  }
  return out;
}

/** Normal form used to detect two terms claiming the same phrase. */
export function phraseKey(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/[\u2010-\u2015-]/g, ' ')
    .replace(/&/g, ' and ')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Abbreviations any reader knows, allowed in a summary without being glossary terms themselves. */
const EVERYDAY_ABBREVIATIONS = new Set(['NHS', 'GP', 'GPs', 'UK', 'MP', 'MPs', 'COVID', 'IT', 'A', 'I']);

/** Upper-case abbreviations in `text` that are neither glossary acronyms nor everyday ones. */
export function unexplainedAbbreviations(text: string, known: ReadonlySet<string>): string[] {
  const found = text.match(/\b[A-Z][A-Z0-9&/]+s?\b/g) ?? [];
  return found.filter((a) => !EVERYDAY_ABBREVIATIONS.has(a) && !known.has(a) && !known.has(a.replace(/s$/, '')));
}

/**
 * Checks every rule that a single entry's schema cannot: word limits, uniqueness,
 * and that every cross-reference resolves. Returns all problems at once so an
 * editor can fix a file in one pass.
 */
export function validateGlossary(input: { terms: DataFile[]; sources: DataFile[] }): ValidationResult {
  const errors: string[] = [];
  const sourceEntries = parseArray(input.sources, sourceSchema, errors);
  const termEntries = parseArray(input.terms, termSchema, errors);

  const sources = new Map<string, Source>();
  const sourceByUrl = new Map<string, string>();
  for (const { file, value } of sourceEntries) {
    if (sources.has(value.id)) errors.push(`${file} › ${value.id} › id: is used by another source`);
    sources.set(value.id, value);
    const url = value.url.replace(/\/+$/, '');
    const twin = sourceByUrl.get(url);
    if (twin && twin !== value.id)
      errors.push(`${file} › ${value.id} › url: is the same document as source "${twin}"; cite that one instead`);
    sourceByUrl.set(url, value.id);
  }

  const termsById = new Map<string, Term>();
  const fileOf = new Map<string, string>();
  for (const { file, value } of termEntries) {
    if (termsById.has(value.id))
      errors.push(`${file} › ${value.id} › id: is used by another term (in ${fileOf.get(value.id)})`);
    termsById.set(value.id, value);
    fileOf.set(value.id, file);
  }

  const knownAcronyms = new Set(termEntries.flatMap((e) => e.value.match.acronyms));
  const phraseOwners = new Map<string, Term[]>();
  const acronymOwners = new Map<string, Term[]>();
  const claim = (map: Map<string, Term[]>, key: string, term: Term) => {
    const list = map.get(key) ?? [];
    if (!list.includes(term)) list.push(term);
    map.set(key, list);
  };

  for (const { file, value: t } of termEntries) {
    const at = (field: string) => `${file} › ${t.id} › ${field}`;
    if (t.local || t.link)
      errors.push(`${at(t.local ? 'local' : 'link')}: is only for the user's own terms, not for data/`);
    const words = countWords(t.summary);
    if (words > SUMMARY_MAX_WORDS) errors.push(`${at('summary')}: has ${words} words; keep it to ${SUMMARY_MAX_WORDS}`);
    for (const s of sentences(t.summary)) {
      const n = countWords(s);
      if (n > SENTENCE_MAX_WORDS)
        errors.push(`${at('summary')}: a sentence has ${n} words (at most ${SENTENCE_MAX_WORDS}): "${s}"`);
    }
    for (const abbreviation of unexplainedAbbreviations(t.summary, knownAcronyms)) {
      errors.push(
        `${at('summary')}: "${abbreviation}" is not a glossary abbreviation; spell it out or add it as a term`,
      );
    }
    const detailWords = countWords(t.detail);
    if (detailWords > DETAIL_MAX_WORDS)
      errors.push(`${at('detail')}: has ${detailWords} words; keep it to ${DETAIL_MAX_WORDS}`);

    if (t.era.status === 'historical' && !t.era.until)
      errors.push(`${at('era.until')}: a historical term needs the date it ended`);
    if (t.era.from && t.era.until && t.era.until < t.era.from) errors.push(`${at('era.until')}: is before era.from`);

    for (const id of t.era.replacedBy ?? [])
      if (!termsById.has(id)) errors.push(`${at('era.replacedBy')}: "${id}" is not a term id`);
    for (const id of t.related) {
      if (!termsById.has(id)) errors.push(`${at('related')}: "${id}" is not a term id`);
      if (id === t.id) errors.push(`${at('related')}: a term cannot be related to itself`);
    }
    t.sources.forEach((ref, i) => {
      if (!sources.has(ref.source)) errors.push(`${at(`sources.${i}.source`)}: "${ref.source}" is not in data/sources`);
    });
    t.questions.forEach((q, i) => {
      if (q.basis && !sources.has(q.basis.source))
        errors.push(`${at(`questions.${i}.basis.source`)}: "${q.basis.source}" is not in data/sources`);
    });

    for (const p of t.match.phrases) {
      const key = phraseKey(p);
      if (ORDINARY_PHRASES.has(key)) {
        errors.push(
          `${at('match.phrases')}: "${p}" is ordinary English on its own; list the specific forms that mean the NHS term`,
        );
      }
      claim(phraseOwners, key, t);
    }
    for (const a of t.match.acronyms) claim(acronymOwners, a, t);
  }

  const checkClaims = (map: Map<string, Term[]>, kind: string) => {
    for (const [key, owners] of map) {
      if (owners.length < 2) continue;
      const groups = new Set(owners.map((o) => o.sense?.group));
      const declared = groups.size === 1 && !groups.has(undefined);
      if (!declared) {
        errors.push(
          `${fileOf.get(owners[1].id)} › ${owners[1].id} › match.${kind}: "${key}" is also claimed by ${owners
            .filter((o) => o !== owners[1])
            .map((o) => o.id)
            .join(', ')}; declare them as senses of one abbreviation (sense.group) or remove one`,
        );
      }
    }
  };
  checkClaims(phraseOwners, 'phrases');
  checkClaims(acronymOwners, 'acronyms');

  if (errors.length) return { ok: false, errors };
  const terms = termEntries.map((e) => e.value);
  return { ok: true, glossary: { terms, termsById, sources } };
}
