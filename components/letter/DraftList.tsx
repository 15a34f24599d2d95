import { useEffect, useState } from 'preact/hooks';
import {
  type DeletedDraft,
  DRAFT_NAME_MAX,
  deleteDraft,
  duplicateDraft,
  type LetterDraft,
  renameDraft,
  restoreDraft,
} from '@/lib/letters/drafts';
import { getTemplate } from '@/lib/letters/templates';
import { routeSearch } from './route';

interface Props {
  drafts: readonly LetterDraft[];
  onOpen(draftId: string): void;
  refresh(): Promise<void>;
  announce(message: string): void;
}

const when = (at: number) =>
  new Date(at).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });

const domId = (id: string, part: string) => `draft-${id}-${part}`;

function RenameForm({ draft, onDone }: { draft: LetterDraft; onDone(name?: string): void }) {
  const [value, setValue] = useState(draft.name);
  const inputId = domId(draft.id, 'name-input');
  useEffect(() => {
    document.getElementById(inputId)?.focus();
  }, [inputId]);
  return (
    <div class="sl-inline-form">
      <label for={inputId}>New name</label>
      <input
        id={inputId}
        type="text"
        value={value}
        maxLength={DRAFT_NAME_MAX}
        onInput={(e) => setValue(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onDone(value);
          if (e.key === 'Escape') onDone();
        }}
      />
      <button type="button" onClick={() => onDone(value)}>
        Save name
      </button>
      <button type="button" class="sl-button--secondary" onClick={() => onDone()}>
        Cancel
      </button>
    </div>
  );
}

/** Saved letters: open, rename, duplicate, or delete (with a way back). */
export function DraftList({ drafts, onOpen, refresh, announce }: Props) {
  const [renaming, setRenaming] = useState<string>();
  const [deleted, setDeleted] = useState<DeletedDraft>();
  // Focus moves only once the list has been redrawn, or it would land on an element about to be replaced.
  const [focusRequest, setFocusRequest] = useState<{ id: string }>();
  useEffect(() => {
    if (focusRequest) document.getElementById(focusRequest.id)?.focus();
  }, [focusRequest]);

  const rename = async (draft: LetterDraft, name?: string) => {
    setRenaming(undefined);
    const renamed = name === undefined ? undefined : await renameDraft(draft.id, name);
    await refresh();
    setFocusRequest({ id: domId(draft.id, 'rename') });
    if (renamed) announce(`Renamed to “${renamed.name}”.`);
  };

  const duplicate = async (draft: LetterDraft) => {
    const copy = await duplicateDraft(draft.id);
    if (!copy) return;
    await refresh();
    setFocusRequest({ id: domId(copy.id, 'open') });
    announce(`Made a copy: “${copy.name}”.`);
  };

  const remove = async (draft: LetterDraft) => {
    const gone = await deleteDraft(draft.id);
    if (!gone) return;
    setDeleted(gone);
    await refresh();
    setFocusRequest({ id: 'drafts-undo' });
    announce(`Deleted “${draft.name}”. You can undo this.`);
  };

  const undo = async () => {
    if (!deleted) return;
    const back = await restoreDraft(deleted);
    setDeleted(undefined);
    await refresh();
    setFocusRequest({ id: domId(back.id, 'open') });
    announce(`Put back “${back.name}”.`);
  };

  return (
    <>
      {deleted && (
        <div class="sl-undo">
          <p>Deleted “{deleted.draft.name}”.</p>
          <button type="button" id="drafts-undo" onClick={undo}>
            Undo
          </button>
        </div>
      )}
      {drafts.length === 0 ? (
        <p>No drafts yet. A letter is saved here as soon as you start typing it.</p>
      ) : (
        <ul class="sl-draft-list">
          {drafts.map((d) => (
            <li key={d.id} class="sl-draft">
              <a
                id={domId(d.id, 'open')}
                class="sl-draft-title"
                href={`letter.html${routeSearch({ view: 'draft', draftId: d.id })}`}
                onClick={(e) => {
                  e.preventDefault();
                  onOpen(d.id);
                }}
              >
                {d.name}
              </a>
              <p class="sl-muted">
                {getTemplate(d.templateId)?.title ?? d.templateId}. Last changed {when(d.updatedAt)}.
              </p>
              {renaming === d.id ? (
                <RenameForm draft={d} onDone={(name) => void rename(d, name)} />
              ) : (
                <div class="sl-actions">
                  <button
                    type="button"
                    id={domId(d.id, 'rename')}
                    class="sl-button--secondary"
                    aria-describedby={domId(d.id, 'open')}
                    onClick={() => setRenaming(d.id)}
                  >
                    Rename
                  </button>
                  <button
                    type="button"
                    class="sl-button--secondary"
                    aria-describedby={domId(d.id, 'open')}
                    onClick={() => void duplicate(d)}
                  >
                    Duplicate
                  </button>
                  <button
                    type="button"
                    class="sl-button--secondary"
                    aria-describedby={domId(d.id, 'open')}
                    onClick={() => void remove(d)}
                  >
                    Delete
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
