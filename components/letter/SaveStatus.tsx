import type { SaveState } from './use-autosave';

const time = (at: number) => new Date(at).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

/**
 * Whether the draft is stored. Only the words in the live region are
 * announced, and they stay "Saved" from save to save, so a screen reader
 * hears it once rather than every half-second while the writer types.
 */
export function SaveStatus({ state, saved }: { state: SaveState; saved: boolean }) {
  return (
    <p class="sl-save-status">
      <span role="status">
        {state.kind === 'error'
          ? `Not saved: ${state.message}`
          : state.kind === 'saved' || saved
            ? 'Saved'
            : 'Not saved yet'}
      </span>
      {state.kind === 'saved' && <span> at {time(state.at)}</span>}
      {state.kind !== 'error' && <span class="sl-muted"> in this browser, as you type.</span>}
    </p>
  );
}
