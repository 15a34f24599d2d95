import { useState } from 'preact/hooks';
import { DRAFT_NAME_MAX, renameDraft } from '@/lib/letters/drafts';

interface Props {
  draftId?: string;
  name: string;
  announce(message: string): void;
}

/** The draft's name, which the writer can change; a letter not yet saved has none to change. */
export function DraftName({ draftId, name, announce }: Props) {
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(name);

  const focus = (id: string) => setTimeout(() => document.getElementById(id)?.focus(), 0);
  const start = () => {
    setValue(name);
    setEditing(true);
    focus('draft-name-input');
  };
  const stop = () => {
    setEditing(false);
    focus('draft-rename');
  };
  const save = async () => {
    if (!draftId) return;
    const renamed = await renameDraft(draftId, value);
    stop();
    if (renamed) announce(`Renamed to “${renamed.name}”.`);
  };

  if (editing)
    return (
      <div class="sl-draft-name sl-inline-form">
        <label for="draft-name-input">Name of this draft</label>
        <input
          id="draft-name-input"
          type="text"
          value={value}
          maxLength={DRAFT_NAME_MAX}
          onInput={(e) => setValue(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void save();
            if (e.key === 'Escape') stop();
          }}
        />
        <button type="button" onClick={save}>
          Save name
        </button>
        <button type="button" class="sl-button--secondary" onClick={stop}>
          Cancel
        </button>
      </div>
    );
  return (
    <p class="sl-draft-name">
      <span class="sl-muted">Draft: </span>
      <span id="draft-name">{name}</span>{' '}
      {draftId && (
        <button type="button" id="draft-rename" class="sl-button--link" aria-describedby="draft-name" onClick={start}>
          Rename
        </button>
      )}
    </p>
  );
}
