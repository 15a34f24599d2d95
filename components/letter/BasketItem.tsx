import { useState } from 'preact/hooks';
import type { BasketEntry } from '@/lib/letters/drafts';
import { QuestionSource } from './QuestionSource';

export type MoveDirection = 'up' | 'down';

interface Props {
  entry: BasketEntry;
  /** 0-based position in the basket. */
  index: number;
  count: number;
  included: boolean;
  onInclude(on: boolean): void;
  onMove(direction: MoveDirection): void;
  onRemove(): void;
  /** Saves new wording; resolves to an error message when it cannot. */
  onEdit(text: string): Promise<string | undefined>;
}

export const questionDomId = (id: string, part: string) => `q-${id}-${part}`;

/** One question in the basket: use it or not, reword it, move it, remove it. */
export function BasketItem({ entry, index, count, included, onInclude, onMove, onRemove, onEdit }: Props) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(entry.text);
  const [error, setError] = useState<string>();
  const textId = questionDomId(entry.id, 'text');

  const startEdit = () => {
    setDraft(entry.text);
    setError(undefined);
    setEditing(true);
    setTimeout(() => document.getElementById(questionDomId(entry.id, 'edit'))?.focus(), 0);
  };
  const stopEdit = () => {
    setEditing(false);
    setTimeout(() => document.getElementById(questionDomId(entry.id, 'edit-button'))?.focus(), 0);
  };
  const save = async () => {
    const problem = await onEdit(draft);
    if (problem) setError(problem);
    else stopEdit();
  };

  return (
    <li class={`sl-question${included ? '' : ' sl-question--unused'}`}>
      {editing ? (
        <div class="sl-field">
          <label for={questionDomId(entry.id, 'edit')}>Edit question {index + 1}</label>
          {error && (
            <p id={questionDomId(entry.id, 'edit-error')} class="sl-error">
              <span class="sl-visually-hidden">Error: </span>
              {error}
            </p>
          )}
          <textarea
            id={questionDomId(entry.id, 'edit')}
            rows={3}
            value={draft}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? questionDomId(entry.id, 'edit-error') : undefined}
            onInput={(e) => setDraft(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') stopEdit();
            }}
          />
          <div class="sl-actions">
            <button type="button" onClick={save}>
              Save question
            </button>
            <button type="button" class="sl-button--secondary" onClick={stopEdit}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div class="sl-checkbox sl-question-choice">
          <input
            type="checkbox"
            id={questionDomId(entry.id, 'use')}
            checked={included}
            onChange={(e) => onInclude(e.currentTarget.checked)}
          />
          <label for={questionDomId(entry.id, 'use')} id={textId}>
            {entry.text}
          </label>
        </div>
      )}
      <QuestionSource source={entry.source} />
      {!editing && (
        <div class="sl-actions">
          <button
            type="button"
            id={questionDomId(entry.id, 'edit-button')}
            class="sl-button--secondary"
            aria-describedby={textId}
            onClick={startEdit}
          >
            Edit
          </button>
          <button
            type="button"
            id={questionDomId(entry.id, 'up')}
            class="sl-button--secondary"
            aria-describedby={textId}
            disabled={index === 0}
            onClick={() => onMove('up')}
          >
            Move up
          </button>
          <button
            type="button"
            id={questionDomId(entry.id, 'down')}
            class="sl-button--secondary"
            aria-describedby={textId}
            disabled={index === count - 1}
            onClick={() => onMove('down')}
          >
            Move down
          </button>
          <button
            type="button"
            id={questionDomId(entry.id, 'remove')}
            class="sl-button--secondary"
            aria-describedby={textId}
            onClick={onRemove}
          >
            Remove
          </button>
        </div>
      )}
    </li>
  );
}
