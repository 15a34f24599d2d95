import { useEffect, useState } from 'preact/hooks';
import {
  addQuestion,
  type BasketEntry,
  editQuestion,
  moveQuestion,
  QUESTION_MAX,
  type RemovedQuestion,
  removeQuestion,
  restoreQuestion,
} from '@/lib/letters/drafts';
import { BasketItem, type MoveDirection, questionDomId } from './BasketItem';
import { NEW_QUESTION_ID } from './dom-ids';

interface Props {
  entries: readonly BasketEntry[];
  /** Basket questions this letter leaves out. */
  excluded: readonly string[];
  onInclude(id: string, on: boolean): void;
  /** Re-reads the basket after a change. */
  refresh(): Promise<void>;
  announce(message: string): void;
  /** The template's limit on questions, if any. */
  max?: number;
  /** The message for "this letter needs a question", when export was refused for it. */
  error?: string;
}

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/**
 * The questions gathered while reading, each with the page it came from.
 * Their order here is their order in the letter.
 */
export function Basket({ entries, excluded, onInclude, refresh, announce, max, error }: Props) {
  const [removed, setRemoved] = useState<RemovedQuestion>();
  const [newText, setNewText] = useState('');
  const [newError, setNewError] = useState<string>();
  // Moving a list item in the DOM drops focus, so it is put back once the list is redrawn in its new order.
  const [focusRequest, setFocusRequest] = useState<{ ids: string[] }>();
  useEffect(() => {
    for (const id of focusRequest?.ids ?? []) {
      const el = document.getElementById(id) as HTMLButtonElement | null;
      if (el && !el.disabled) {
        el.focus();
        return;
      }
    }
  }, [focusRequest]);

  const move = async (entry: BasketEntry, index: number, direction: MoveDirection) => {
    const to = direction === 'up' ? index - 1 : index + 1;
    if (to < 0 || to >= entries.length) return;
    await moveQuestion(entry.id, to);
    await refresh();
    setFocusRequest({
      ids: [questionDomId(entry.id, direction), questionDomId(entry.id, direction === 'up' ? 'down' : 'up')],
    });
    announce(`Moved to position ${to + 1} of ${entries.length}.`);
  };

  const remove = async (entry: BasketEntry) => {
    const gone = await removeQuestion(entry.id);
    if (!gone) return;
    setRemoved(gone);
    await refresh();
    setFocusRequest({ ids: ['basket-undo'] });
    announce('Question removed. You can undo this.');
  };

  const undo = async () => {
    if (!removed) return;
    const back = await restoreQuestion(removed);
    setRemoved(undefined);
    await refresh();
    setFocusRequest({ ids: [questionDomId(back.id, 'edit-button')] });
    announce('Question put back.');
  };

  const edit = async (id: string, text: string): Promise<string | undefined> => {
    try {
      await editQuestion(id, text);
      await refresh();
      announce('Question saved.');
      return undefined;
    } catch (e) {
      return e instanceof RangeError ? e.message : 'The question could not be saved.';
    }
  };

  const addOwn = async () => {
    try {
      const { added } = await addQuestion({ text: newText, pageTitle: '', pageUrl: '' });
      setNewText('');
      setNewError(undefined);
      await refresh();
      announce(added ? 'Question added.' : 'That question is already in your basket.');
    } catch (e) {
      setNewError(e instanceof RangeError ? e.message : 'The question could not be added.');
    }
  };

  const used = entries.filter((q) => !excluded.includes(q.id)).length;

  return (
    <section class="sl-basket" aria-labelledby="basket-heading">
      <h2 id="basket-heading">Your questions</h2>
      <p class="sl-hint">
        Questions you add from the explanation cards arrive here with the page you saw them on. Tick the ones for this
        letter: they go into the letter in this order.
        {max !== undefined && ` This letter takes at most ${max} question${max === 1 ? '' : 's'}.`}
      </p>
      {entries.length > 0 && (
        <p class="sl-basket-count">
          Using {used} of {entries.length} question{entries.length === 1 ? '' : 's'}.
        </p>
      )}

      {removed && (
        <div class="sl-undo">
          <p>Removed “{short(removed.entry.text)}”.</p>
          <button type="button" id="basket-undo" onClick={undo}>
            Undo
          </button>
        </div>
      )}

      {entries.length === 0 ? (
        <p>No questions yet. Add them from the explanation cards on council and NHS pages, or write your own below.</p>
      ) : (
        <ol class="sl-question-list" aria-labelledby="basket-heading">
          {entries.map((entry, i) => (
            <BasketItem
              key={entry.id}
              entry={entry}
              index={i}
              count={entries.length}
              included={!excluded.includes(entry.id)}
              onInclude={(on) => onInclude(entry.id, on)}
              onMove={(d) => void move(entry, i, d)}
              onRemove={() => void remove(entry)}
              onEdit={(text) => edit(entry.id, text)}
            />
          ))}
        </ol>
      )}

      <div class={`sl-field${newError || error ? ' sl-field--invalid' : ''}`}>
        <label for={NEW_QUESTION_ID}>Write your own question</label>
        {(newError || error) && (
          <p id={`${NEW_QUESTION_ID}-error`} class="sl-error">
            <span class="sl-visually-hidden">Error: </span>
            {newError ?? error}
          </p>
        )}
        <textarea
          id={NEW_QUESTION_ID}
          rows={2}
          maxLength={QUESTION_MAX}
          value={newText}
          aria-invalid={newError || error ? 'true' : undefined}
          aria-describedby={newError || error ? `${NEW_QUESTION_ID}-error` : undefined}
          onInput={(e) => setNewText(e.currentTarget.value)}
        />
        <div class="sl-actions">
          <button type="button" onClick={addOwn}>
            Add question
          </button>
        </div>
      </div>
    </section>
  );
}
