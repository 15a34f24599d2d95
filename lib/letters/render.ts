import type { Source, Term } from '../glossary/schema';
import { isEmailAddress } from './email';
import type {
  BasketQuestion,
  Block,
  FieldValues,
  Inline,
  LetterDocument,
  Line,
  PlaceholderInline,
  QuestionItem,
  ReferenceItem,
} from './model';
import { inlineText } from './model';
import { type LetterTemplate, PLACEHOLDER_PATTERN, type TemplateField } from './schema';
import {
  cleanMultiline,
  cleanSingleLine,
  countWords,
  formatDayValue,
  formatLongDate,
  formatMoney,
  formatSourceDate,
  isoDay,
  joinNames,
  safeWebUrl,
} from './text';

export type { BasketQuestion, FieldValues, LetterDocument } from './model';

export interface RenderOptions {
  /** The questions to list, in order (usually the basket, or the ones the writer ticked). */
  questions: readonly BasketQuestion[];
  /** Ids of the optional paragraphs to include. Start from `defaultParagraphs(template)`. */
  includeParagraphs: readonly string[];
  /** data/sources, by id, for `sourceRefs`. */
  sources: ReadonlyMap<string, Source>;
  /** The letter's date. */
  today: Date;
  /** Glossary terms, by id: when given, a question's term adds that term's sources to the references. */
  terms?: ReadonlyMap<string, Pick<Term, 'sources'>>;
}

export interface RenderResult {
  document: LetterDocument;
  /** Labels of required fields that are still empty (and "Questions" if the letter needs one and has none). */
  missing: string[];
  /** Ids of fields whose placeholders are still in the letter, shown as `[Field label]` ("questions" for an empty question slot the letter needs). */
  unfilled: string[];
  /** Labels of fields whose value is not in the expected form (an e-mail address without @, a date that does not exist). */
  invalid: string[];
  /** Things the writer may want to fix: too many questions for a public question, a source id nobody knows. */
  warnings: string[];
  /** For templates with a word limit: the words that count and the limit in force. */
  wordCount?: { count: number; limit: number; over: boolean };
}

/** The optional paragraphs a new letter starts with. */
export function defaultParagraphs(template: LetterTemplate): string[] {
  return template.optionalParagraphs.filter((p) => p.default).map((p) => p.id);
}

type Resolved = { filled: true; text: string; invalid?: boolean } | { filled: false; invalid?: boolean };

/** Turns one field's raw value into the text the letter shows. */
export function resolveField(field: TemplateField, raw: FieldValues[string]): Resolved {
  const attempt = (value: FieldValues[string]): Resolved => {
    if (value === undefined) return { filled: false };
    if (field.kind === 'names') {
      const list = (typeof value === 'string' ? value.split(/[;\n]/) : [...value]).map(cleanSingleLine).filter(Boolean);
      return list.length ? { filled: true, text: joinNames(list) } : { filled: false };
    }
    const str = typeof value === 'string' ? value : value.join('\n');
    if (field.kind === 'multiline') {
      const text = cleanMultiline(str);
      return text ? { filled: true, text } : { filled: false };
    }
    const text = cleanSingleLine(str);
    if (!text) return { filled: false };
    switch (field.kind) {
      case 'choice': {
        const option = field.options?.find((o) => o.value === text);
        return option ? { filled: true, text: option.text } : { filled: false, invalid: true };
      }
      case 'date': {
        const formatted = formatDayValue(text);
        return formatted ? { filled: true, text: formatted } : { filled: true, text, invalid: true };
      }
      case 'money': {
        const formatted = formatMoney(text);
        return formatted ? { filled: true, text: formatted } : { filled: true, text, invalid: true };
      }
      case 'email':
        return { filled: true, text, invalid: !isEmailAddress(text) };
      case 'number': {
        const ok =
          /^\d+$/.test(text) &&
          (field.min === undefined || Number(text) >= field.min) &&
          (field.max === undefined || Number(text) <= field.max);
        return { filled: true, text, invalid: !ok };
      }
      default:
        return { filled: true, text, invalid: field.maxLength !== undefined && text.length > field.maxLength };
    }
  };
  const own = attempt(raw);
  if (own.filled || field.default === undefined) return own;
  const fallback = attempt(field.default);
  return own.invalid ? { ...fallback, invalid: true } : fallback;
}

const placeholderFor = (fieldId: string, label: string): PlaceholderInline => ({
  type: 'placeholder',
  fieldId,
  label,
  text: `[${label}]`,
});

/** Splits a run of inlines into paragraphs wherever a value contains a blank line. */
function splitParagraphs(content: Inline[]): Inline[][] {
  const out: Inline[][] = [[]];
  for (const inline of content) {
    if (inline.type !== 'text' || !/\n\s*\n/.test(inline.text)) {
      out[out.length - 1].push(inline);
      continue;
    }
    inline.text.split(/\n\s*\n/).forEach((part, i) => {
      if (i > 0) out.push([]);
      if (part) out[out.length - 1].push({ ...inline, text: part });
    });
  }
  return out.map(trimEdges).filter((p) => p.some((i) => i.text.trim()));
}

/** Removes whitespace at the very start and end of a paragraph or line. */
function trimEdges(content: Inline[]): Inline[] {
  const c = content.map((i) => ({ ...i }));
  while (c.length && c[0].type === 'text' && !c[0].text.trim()) c.shift();
  while (c.length && c[c.length - 1].type === 'text' && !c[c.length - 1].text.trim()) c.pop();
  if (c.length && c[0].type === 'text') c[0] = { ...c[0], text: c[0].text.trimStart() };
  const last = c.length - 1;
  if (last >= 0 && c[last].type === 'text') c[last] = { ...c[last], text: c[last].text.trimEnd() };
  return c;
}

/** Splits a line wherever a value (an address, say) has a line break. */
function splitLines(content: Inline[]): Line[] {
  const out: Line[] = [[]];
  for (const inline of content) {
    if (inline.type !== 'text' || !inline.text.includes('\n')) {
      out[out.length - 1].push(inline);
      continue;
    }
    inline.text.split('\n').forEach((part, i) => {
      if (i > 0) out.push([]);
      if (part) out[out.length - 1].push({ ...inline, text: part });
    });
  }
  return out.map(trimEdges).filter((l) => l.some((i) => i.text.trim()));
}

/**
 * Fills a template with the writer's values and gathered questions.
 *
 * The result is a structured model, never markup: every value the writer typed
 * ends up as the `text` of a text inline, exactly as typed (after whitespace
 * and control-character clean-up), however much it looks like HTML.
 */
export function renderLetter(template: LetterTemplate, values: FieldValues, options: RenderOptions): RenderResult {
  const fields = new Map(template.fields.map((f) => [f.id, f]));
  const resolved = new Map<string, Resolved>();
  const resolve = (id: string): Resolved => {
    let r = resolved.get(id);
    if (!r) {
      const f = fields.get(id);
      r = f ? resolveField(f, values[id]) : { filled: false };
      resolved.set(id, r);
    }
    return r;
  };
  const unfilled = new Set<string>();
  const warnings: string[] = [];

  const fill = (text: string): Inline[] => {
    const out: Inline[] = [];
    let last = 0;
    for (const m of text.matchAll(PLACEHOLDER_PATTERN)) {
      const at = m.index ?? 0;
      if (at > last) out.push({ type: 'text', text: text.slice(last, at) });
      const id = m[1].trim();
      const r = resolve(id);
      if (r.filled) out.push({ type: 'text', text: r.text, fieldId: id });
      else {
        out.push(placeholderFor(id, fields.get(id)?.label ?? id));
        unfilled.add(id);
      }
      last = at + m[0].length;
    }
    if (last < text.length) out.push({ type: 'text', text: text.slice(last) });
    return out;
  };

  /** An address or sign-off line vanishes when every field in it is optional and empty. */
  const fillLine = (text: string): Line[] => {
    const ids = [...text.matchAll(PLACEHOLDER_PATTERN)].map((m) => m[1].trim());
    const droppable = ids.length > 0 && ids.every((id) => !resolve(id).filled && fields.get(id)?.required === false);
    return droppable ? [] : splitLines(fill(text));
  };

  const include = new Set(options.includeParagraphs);
  const optional = new Map(template.optionalParagraphs.map((p) => [p.id, p]));
  for (const id of include) if (!optional.has(id)) warnings.push(`This template has no optional paragraph "${id}".`);
  const personalToken = new RegExp(`\\{\\{\\s*${template.personalFieldId}\\s*\\}\\}`);

  // References: the template's own first, then each question's, numbered once each.
  const references: ReferenceItem[] = [];
  const refKeys = new Map<string, number>();
  const addRef = (ref: Omit<ReferenceItem, 'number'>): number => {
    const key = ref.url ? `${ref.url}|${ref.detail ?? ''}` : `title:${ref.title}|${ref.detail ?? ''}`;
    const known = refKeys.get(key);
    if (known) return known;
    const number = references.length + 1;
    references.push({ number, ...ref });
    refKeys.set(key, number);
    return number;
  };
  const addSource = (id: string, detail: string | undefined, who: string): number | undefined => {
    const s = options.sources.get(id);
    if (!s) {
      warnings.push(`${who}: no source has the id "${id}", so it is not in the references.`);
      return undefined;
    }
    return addRef({
      title: s.title,
      publisher: s.publisher,
      date: formatSourceDate(s.date),
      url: safeWebUrl(s.url),
      archiveUrl: safeWebUrl(s.archiveUrl),
      ...(detail ? { detail } : {}),
    });
  };
  for (const r of template.references)
    addRef({
      title: r.title,
      publisher: r.publisher,
      url: safeWebUrl(r.url),
      ...(r.archiveUrl ? { archiveUrl: safeWebUrl(r.archiveUrl) } : {}),
      ...(r.detail ? { detail: r.detail } : {}),
    });

  const questionItems: QuestionItem[] = [];
  for (const q of options.questions) {
    const text = cleanSingleLine(q.text);
    if (!text) continue;
    const who = `Question ${questionItems.length + 1}`;
    const refs = new Set<number>();
    const add = (n: number | undefined) => n !== undefined && refs.add(n);
    if (q.termId && options.terms) {
      const term = options.terms.get(q.termId);
      if (term) for (const sr of term.sources) add(addSource(sr.source, sr.section, who));
      else warnings.push(`${who}: no glossary term has the id "${q.termId}".`);
    }
    for (const id of q.sourceRefs ?? []) add(addSource(id, undefined, who));
    if (q.source) {
      const title = cleanSingleLine(q.source.pageTitle) || cleanSingleLine(q.source.pageUrl);
      let url = safeWebUrl(q.source.pageUrl);
      const page = q.source.pdfPage;
      const hasPage = page !== undefined && Number.isInteger(page) && page > 0;
      if (url && hasPage && !url.includes('#')) url = `${url}#page=${page}`;
      if (title) add(addRef({ title, ...(url ? { url } : {}), ...(hasPage ? { detail: `page ${page}` } : {}) }));
    }
    questionItems.push({ number: questionItems.length + 1, questionId: q.id, text, refs: [...refs] });
  }

  const blocks: Block[] = [];
  const missingExtra: string[] = [];
  let counted = 0;
  const countIf = (flag: boolean | undefined, text: string) => {
    if (flag) counted += countWords(text);
  };

  for (const b of template.body) {
    switch (b.type) {
      case 'address': {
        const lines = b.lines.flatMap(fillLine);
        if (lines.length) blocks.push({ type: 'address', lines });
        break;
      }
      case 'date':
        blocks.push({ type: 'date', iso: isoDay(options.today), text: formatLongDate(options.today) });
        break;
      case 'salutation':
        blocks.push({ type: 'salutation', content: trimEdges(fill(b.text)) });
        break;
      case 'heading':
        blocks.push({ type: 'heading', content: trimEdges(fill(b.text)) });
        break;
      case 'paragraph': {
        const personal = personalToken.test(b.text);
        for (const content of splitParagraphs(fill(b.text))) {
          blocks.push({ type: 'paragraph', content, ...(personal ? { personal } : {}) });
          countIf(b.countWords, inlineText(content));
        }
        break;
      }
      case 'optional': {
        const p = optional.get(b.id);
        if (!p || !include.has(p.id)) break;
        const personal = personalToken.test(p.text);
        for (const content of splitParagraphs(fill(p.text))) {
          blocks.push({ type: 'paragraph', content, optionalId: p.id, ...(personal ? { personal } : {}) });
          countIf(p.countWords, inlineText(content));
        }
        break;
      }
      case 'questions': {
        if (b.maxQuestions !== undefined && questionItems.length > b.maxQuestions)
          warnings.push(
            `This letter is meant for at most ${b.maxQuestions} question${b.maxQuestions === 1 ? '' : 's'}; it has ${questionItems.length}.`,
          );
        const intro = b.intro ? trimEdges(fill(b.intro)) : undefined;
        if (questionItems.length) {
          blocks.push({ type: 'questions', ...(intro ? { intro } : {}), items: questionItems });
          if (b.countWords) for (const q of questionItems) counted += countWords(q.text);
        } else if (b.minQuestions > 0) {
          missingExtra.push('Questions');
          unfilled.add('questions');
          const empty = placeholderFor('questions', b.emptyText.replace(/^\[|\]$/g, ''));
          blocks.push({ type: 'questions', ...(intro ? { intro } : {}), items: [], empty });
        }
        break;
      }
      case 'references':
        if (references.length)
          blocks.push({
            type: 'references',
            heading: b.heading,
            ...(b.intro ? { intro: b.intro } : {}),
            items: references,
          });
        break;
      case 'signoff':
        blocks.push({ type: 'signoff', closing: b.closing, lines: b.lines.flatMap(fillLine) });
        break;
    }
  }

  const subject = inlineText(fill(template.subject)).replace(/\s+/g, ' ').trim();

  let wordCount: RenderResult['wordCount'];
  if (template.wordLimit) {
    const f = fields.get(template.wordLimit.fieldId);
    const r = resolve(template.wordLimit.fieldId);
    const limit = r.filled && !r.invalid ? Number(r.text) : Number(f?.default ?? 0);
    wordCount = { count: counted, limit, over: counted > limit };
  }

  const missing = template.fields.filter((f) => f.required && unfilled.has(f.id)).map((f) => f.label);
  missing.push(...missingExtra);
  const invalid = template.fields.filter((f) => resolve(f.id).invalid).map((f) => f.label);

  return {
    document: { templateId: template.id, templateTitle: template.title, subject, blocks },
    missing,
    unfilled: [...unfilled],
    invalid,
    warnings,
    ...(wordCount ? { wordCount } : {}),
  };
}
