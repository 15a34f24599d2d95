import { useMemo, useState } from 'preact/hooks';
import { bundledGlossary } from '@/lib/glossary/data';
import { defaultParagraphs, renderLetter } from '@/lib/letters/render';
import { bundledTemplates, getTemplate } from '@/lib/letters/templates';
import { Basket } from './Basket';
import { DraftName } from './DraftName';
import { SEND_TO_KEY } from './dom-ids';
import { ExportPanel } from './ExportPanel';
import type { InitialLetter } from './initial-letter';
import { LetterForm } from './LetterForm';
import { Preview } from './Preview';
import { letterProblems } from './problems';
import { chosenQuestions, maxQuestions } from './questions';
import { SaveStatus } from './SaveStatus';
import { TemplateAbout } from './TemplateAbout';
import { useAnnouncer } from './use-announcer';
import { useDraftAutosave } from './use-autosave';
import { useBasket } from './use-basket';
import { useDrafts } from './use-drafts';

interface Props {
  initial: InitialLetter;
  /** Back to the list of letters and drafts. */
  onHome(): void;
  /** A new letter has been saved for the first time under this id. */
  onCreated?(draftId: string): void;
  /** The letter's date; tests fix it. */
  today?: Date;
}

type Values = Record<string, string | string[]>;

/** The letter builder: the form and the questions beside a live preview, saved as the writer goes. */
export function LetterBuilder({ initial, onHome, onCreated, today: fixedToday }: Props) {
  const [templateId, setTemplateId] = useState(initial.templateId);
  const [values, setValues] = useState<Values>(initial.values);
  const [includeParagraphs, setIncludeParagraphs] = useState(initial.includeParagraphs);
  const [excluded, setExcluded] = useState(initial.excluded);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [refused, setRefused] = useState(false);
  const [message, announce] = useAnnouncer();
  const basket = useBasket(initial.basket);
  const { drafts } = useDrafts();
  const today = useMemo(() => fixedToday ?? new Date(), [fixedToday]);

  const template = getTemplate(templateId) ?? bundledTemplates()[0];
  const questions = useMemo(() => chosenQuestions(basket.entries, excluded), [basket.entries, excluded]);
  const result = useMemo(() => {
    const { sources, termsById } = bundledGlossary();
    return renderLetter(template, values, { questions, includeParagraphs, sources, terms: termsById, today });
  }, [template, values, questions, includeParagraphs, today]);
  const problems = letterProblems(template, values, result, includeParagraphs);

  const { state: saveState, draftId } = useDraftAutosave(
    { templateId: template.id, values, includeParagraphs, questionIds: questions.map((q) => q.id) },
    { draftId: initial.draftId, newName: template.title, onCreated },
  );
  const name = drafts.find((d) => d.id === draftId)?.name ?? template.title;

  const fieldErrors = new Map(
    problems
      .filter((p) => refused || (p.kind === 'invalid' && touched.has(p.fieldId)))
      .map((p) => [p.fieldId, p.message]),
  );

  const setField = (id: string, value: string) => setValues((v) => ({ ...v, [id]: value }));
  const chooseTemplate = (id: string) => {
    const next = getTemplate(id);
    if (!next) return;
    setTemplateId(next.id);
    // Paragraph ids belong to one template; what the writer typed carries over where the fields match.
    setIncludeParagraphs(defaultParagraphs(next));
    announce(`Changed to: ${next.title}.`);
  };
  const postcode = template.fields.some((f) => f.id === 'your_postcode') ? values.your_postcode : undefined;

  return (
    <main class="sl-letter-page">
      <header class="sl-letter-header sl-no-print">
        <p class="sl-back">
          <a
            href="letter.html"
            onClick={(e) => {
              e.preventDefault();
              onHome();
            }}
          >
            All letters and drafts
          </a>
        </p>
        <h1 tabIndex={-1}>{template.title}</h1>
        <div class="sl-draft-bar">
          <DraftName key={`${draftId}:${name}`} draftId={draftId} name={name} announce={announce} />
          <SaveStatus state={saveState} saved={draftId !== undefined} />
        </div>
        <div class="sl-field sl-template-select">
          <label for="template-select">Kind of letter</label>
          <select id="template-select" value={template.id} onChange={(e) => chooseTemplate(e.currentTarget.value)}>
            {bundledTemplates().map((t) => (
              <option key={t.id} value={t.id}>
                {t.title}
              </option>
            ))}
          </select>
        </div>
        <TemplateAbout template={template} />
      </header>

      <div class="sl-letter-layout">
        <div class="sl-letter-edit sl-no-print">
          <LetterForm
            template={template}
            values={values}
            onField={setField}
            onBlurField={(id) => setTouched((t) => (t.has(id) ? t : new Set([...t, id])))}
            includeParagraphs={includeParagraphs}
            onParagraph={(id, on) =>
              setIncludeParagraphs((list) =>
                on ? [...list.filter((x) => x !== id), id] : list.filter((x) => x !== id),
              )
            }
            errors={fieldErrors}
            wordCount={result.wordCount}
          />
          <Basket
            entries={basket.entries}
            excluded={excluded}
            onInclude={(id, on) => setExcluded((list) => (on ? list.filter((x) => x !== id) : [...list, id]))}
            refresh={basket.refresh}
            announce={announce}
            max={maxQuestions(template)}
            error={refused ? problems.find((p) => p.fieldId === 'questions')?.message : undefined}
          />
        </div>

        <div class="sl-letter-side">
          <ExportPanel
            templateId={template.id}
            result={result}
            problems={problems}
            onRefused={() => setRefused(true)}
            sendTo={typeof values[SEND_TO_KEY] === 'string' ? values[SEND_TO_KEY] : ''}
            onSendTo={(v) => setField(SEND_TO_KEY, v)}
            postcode={typeof postcode === 'string' ? postcode : undefined}
            name={name}
            today={today}
          />
          <section class="sl-preview" aria-labelledby="preview-heading">
            <h2 id="preview-heading" class="sl-no-print">
              Preview
            </h2>
            <p class="sl-subject sl-no-print">
              <span class="sl-muted">Subject: </span>
              {result.document.subject}
            </p>
            <Preview document={result.document} />
          </section>
        </div>
      </div>
      <p role="status" class="sl-visually-hidden">
        {message}
      </p>
    </main>
  );
}
