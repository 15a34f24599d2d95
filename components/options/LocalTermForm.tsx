import { useMemo, useRef, useState } from 'preact/hooks';
import { CATEGORIES, CATEGORY_LABELS, type Category } from '@/lib/glossary/schema';
import {
  checkDraft,
  DRAFT_FIELD_LABELS,
  type DraftField,
  draftFrom,
  EMPTY_DRAFT,
  type LocalTermDraft,
} from '@/lib/local-terms/draft';
import type { GlossaryIndex } from '@/lib/local-terms/glossary-overlap';
import { DEFINITION_MAX_WORDS, type LocalTerm, MAX_QUESTIONS } from '@/lib/local-terms/schema';
import { TextArea, TextField } from './fields';

interface Props {
  /** The term being edited; undefined to add a new one. */
  editing?: LocalTerm;
  terms: readonly LocalTerm[];
  glossary: GlossaryIndex;
  /** Saves the term; resolves to an error message when storage refused it. */
  onSave(term: LocalTerm): Promise<string | undefined>;
  onCancel?(): void;
}

const FIELD_ORDER: DraftField[] = [
  'headword',
  'acronyms',
  'phrases',
  'category',
  'definition',
  'linkUrl',
  'linkTitle',
  'questions',
];
const fieldId = (field: DraftField) => `term-${field}`;

/**
 * Add or edit one of the user's terms. Each field is checked as it is typed,
 * with the message shown once the field has been touched; saving with
 * problems left lists them all at the top and moves focus there.
 */
export function LocalTermForm({ editing, terms, glossary, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState<LocalTermDraft>(() => (editing ? draftFrom(editing) : EMPTY_DRAFT));
  const [touched, setTouched] = useState<ReadonlySet<DraftField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [saveError, setSaveError] = useState<string>();
  const summary = useRef<HTMLDivElement>(null);
  const headword = useRef<HTMLDivElement>(null);

  const check = useMemo(() => checkDraft(draft, { editing, terms, glossary }), [draft, editing, terms, glossary]);
  const shown = (field: DraftField) => (submitted || touched.has(field) ? check.errors[field] : undefined);

  const set = (field: DraftField) => (value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setTouched((t) => (t.has(field) ? t : new Set([...t, field])));
    setSaveError(undefined);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    setSubmitted(true);
    if (!check.term) {
      queueMicrotask(() => summary.current?.focus());
      return;
    }
    const problem = await onSave(check.term);
    if (problem) {
      setSaveError(problem);
      queueMicrotask(() => summary.current?.focus());
      return;
    }
    if (!editing) {
      setDraft(EMPTY_DRAFT);
      setTouched(new Set());
      setSubmitted(false);
      headword.current?.querySelector('input')?.focus();
    }
  };

  const errorList = FIELD_ORDER.flatMap((f) => (check.errors[f] ? [{ field: f, message: check.errors[f] }] : []));
  const showSummary = (submitted && errorList.length > 0) || saveError;
  const heading = editing ? `Edit “${editing.headword}”` : 'Add a term';

  return (
    <form class="sl-term-form" onSubmit={submit} noValidate aria-labelledby="term-form-heading">
      <h3 id="term-form-heading">{heading}</h3>
      {showSummary && (
        <div class="sl-error-summary" role="alert" tabIndex={-1} ref={summary}>
          <h4>{saveError ? 'The term was not saved' : 'Fix these to save the term'}</h4>
          <ul>
            {saveError && <li>{saveError}</li>}
            {errorList.map(({ field, message }) => (
              <li key={field}>
                <a
                  href={`#${fieldId(field)}`}
                  onClick={(e) => {
                    // Jumping to the anchor scrolls; moving focus puts the caret where the fix goes.
                    e.preventDefault();
                    document.getElementById(fieldId(field))?.focus();
                  }}
                >
                  {message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div ref={headword}>
        <TextField
          id={fieldId('headword')}
          label={DRAFT_FIELD_LABELS.headword}
          hint="The word or phrase as papers write it, e.g. “Virtual ward”. It is marked on pages in any letter case."
          error={shown('headword')}
          value={draft.headword}
          onInput={set('headword')}
        />
      </div>
      <TextField
        id={fieldId('acronyms')}
        label={`${DRAFT_FIELD_LABELS.acronyms} (optional)`}
        hint="Separate them with commas, e.g. VW, H@H. They are marked only when written in the same capitals."
        error={shown('acronyms')}
        value={draft.acronyms}
        onInput={set('acronyms')}
      />
      <TextArea
        id={fieldId('phrases')}
        label={`${DRAFT_FIELD_LABELS.phrases} (optional)`}
        hint="One per line: other names for the same thing. Plurals and hyphenated forms are found without listing them."
        error={shown('phrases')}
        value={draft.phrases}
        onInput={set('phrases')}
      />
      <div class="sl-field">
        <label for={fieldId('category')}>{DRAFT_FIELD_LABELS.category}</label>
        <select
          id={fieldId('category')}
          value={draft.category}
          onChange={(e) => setDraft((d) => ({ ...d, category: e.currentTarget.value as Category }))}
        >
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {CATEGORY_LABELS[c]}
            </option>
          ))}
        </select>
      </div>
      <TextArea
        id={fieldId('definition')}
        label={DRAFT_FIELD_LABELS.definition}
        hint={`In plain English, at most ${DEFINITION_MAX_WORDS} words (now ${check.definitionWords}). The first sentence or two show first on the card.`}
        error={shown('definition')}
        value={draft.definition}
        rows={5}
        onInput={set('definition')}
      />
      <fieldset class="sl-group">
        <legend>Link to read more (optional)</legend>
        <TextField
          id={fieldId('linkUrl')}
          label={DRAFT_FIELD_LABELS.linkUrl}
          hint="A secure address starting https://"
          inputMode="url"
          error={shown('linkUrl')}
          value={draft.linkUrl}
          onInput={set('linkUrl')}
        />
        <TextField
          id={fieldId('linkTitle')}
          label={DRAFT_FIELD_LABELS.linkTitle}
          hint="What the link shows on the card, e.g. the page’s name."
          error={shown('linkTitle')}
          value={draft.linkTitle}
          onInput={set('linkTitle')}
        />
      </fieldset>
      <TextArea
        id={fieldId('questions')}
        label={`${DRAFT_FIELD_LABELS.questions} (optional)`}
        hint={`One per line, each ending with “?”, at most ${MAX_QUESTIONS}. They can go into your letters.`}
        error={shown('questions')}
        value={draft.questions}
        onInput={set('questions')}
      />
      {check.warnings.length > 0 && (
        <div class="sl-warning">
          <h4>Worth knowing</h4>
          <ul>
            {check.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      <div class="sl-actions">
        <button type="submit">{editing ? 'Save changes' : 'Add term'}</button>
        {onCancel && (
          <button type="button" class="sl-button-secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
