import { useState } from 'preact/hooks';
import type { Question, Term } from '@/lib/glossary/schema';
import { ASK_WHO_LABELS } from '@/lib/glossary/vocabulary';
import { copyText } from './clipboard';
import { listInProse } from './prose';

interface Props {
  term: Term;
  /** Prefix for element ids, unique per card. */
  idBase: string;
  onAddQuestion?: (question: Question, term: Term) => void;
  /** Tells assistive technology what just happened ("Copied", "Added to your letter"). */
  announce: (message: string) => void;
}

type CopyState = 'idle' | 'copied' | 'refused';

const COPIED_FOR_MS = 2000;

function QuestionItem({
  question,
  term,
  id,
  onAddQuestion,
  announce,
}: Omit<Props, 'idBase'> & { question: Question; id: string }) {
  const [copy, setCopy] = useState<CopyState>('idle');
  const [added, setAdded] = useState(false);

  const onCopy = async () => {
    const ok = await copyText(question.text);
    setCopy(ok ? 'copied' : 'refused');
    announce(ok ? 'Question copied' : 'Copying was blocked');
    if (ok) setTimeout(() => setCopy((state) => (state === 'copied' ? 'idle' : state)), COPIED_FOR_MS);
  };

  const onAdd = () => {
    if (added || !onAddQuestion) return;
    onAddQuestion(question, term);
    setAdded(true);
    announce('Added to your letter');
  };

  return (
    <li class="sl-card__question">
      <p id={id} class="sl-card__question-text">
        {question.text}
      </p>
      <p class="sl-card__ask-who">Who can answer: {listInProse(question.askWho.map((w) => ASK_WHO_LABELS[w]))}</p>
      <div class="sl-card__actions">
        <button type="button" class="sl-card__button" aria-describedby={id} onClick={onCopy}>
          {copy === 'copied' ? 'Copied' : 'Copy'}
        </button>
        {onAddQuestion && (
          <button
            type="button"
            class={`sl-card__button${added ? ' sl-card__button--done' : ''}`}
            aria-describedby={id}
            aria-disabled={added ? 'true' : undefined}
            onClick={onAdd}
          >
            {added ? 'Added' : 'Add to my letter'}
          </button>
        )}
      </div>
      {copy === 'refused' && (
        <p class="sl-card__hint">
          Your browser did not let Scrutiny Lens copy. Select the question above and copy it with Ctrl+C (⌘C on a Mac).
        </p>
      )}
    </li>
  );
}

/** The questions a resident can put, each ready to copy or to gather into a letter. */
export function QuestionList({ term, idBase, onAddQuestion, announce }: Props) {
  return (
    <ol class="sl-card__questions">
      {term.questions.map((question, i) => (
        <QuestionItem
          key={question.text}
          question={question}
          term={term}
          id={`${idBase}-q${i + 1}`}
          onAddQuestion={onAddQuestion}
          announce={announce}
        />
      ))}
    </ol>
  );
}
