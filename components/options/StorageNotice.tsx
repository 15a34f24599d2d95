import type { SaveOutcome } from '@/lib/settings/store';

export function savedMessage(outcome: SaveOutcome | undefined): string {
  if (outcome?.stored !== 'local') return '';
  return `Your settings are saved in this browser only, because sync refused them (${outcome.reason}). They will not follow you to your other browsers until sync accepts them.`;
}

/** Says plainly when settings could not be synced, and why; gone once a save reaches sync again. */
export function StorageNotice({ outcome }: { outcome: SaveOutcome | undefined }) {
  const message = savedMessage(outcome);
  return (
    <div role="alert" class={message ? 'sl-notice' : undefined}>
      {message && <p>{message}</p>}
    </div>
  );
}
