import { useRef, useState } from 'preact/hooks';
import { resetEverything } from '@/lib/settings/reset';
import { savedMessage } from './StorageNotice';

interface Props {
  addedSites: number;
  terms: number;
  announce(message: string): void;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

/** Back to the defaults, after a confirmation that says exactly what will be lost. */
export function ResetSection({ addedSites, terms, announce }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const start = useRef<HTMLButtonElement>(null);
  const warning = useRef<HTMLParagraphElement>(null);

  const open = () => {
    setConfirming(true);
    setTimeout(() => warning.current?.focus(), 0);
  };
  const close = () => {
    setConfirming(false);
    setTimeout(() => start.current?.focus(), 0);
  };
  const reset = async () => {
    setBusy(true);
    try {
      const saved = await resetEverything();
      announce(`Everything is back to the defaults. ${savedMessage(saved)}`.trim());
      close();
    } catch (error) {
      announce(`The reset did not finish: ${String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section id="reset" aria-labelledby="reset-heading">
      <h2 id="reset-heading">Reset</h2>
      {confirming ? (
        <fieldset class="sl-confirm" aria-labelledby="reset-warning">
          <p id="reset-warning" ref={warning} tabIndex={-1}>
            This switches every setting back to its default, removes {plural(addedSites, 'site', 'sites')} you added
            (and Scrutiny Lens’s access to {addedSites === 1 ? 'it' : 'them'}) and deletes{' '}
            {plural(terms, 'term', 'terms')} of your own. Export first if you may want them back.
          </p>
          <div class="sl-actions">
            <button type="button" class="sl-button-danger" disabled={busy} onClick={() => void reset()}>
              Yes, reset everything
            </button>
            <button type="button" class="sl-button-secondary" onClick={close}>
              Cancel
            </button>
          </div>
        </fieldset>
      ) : (
        <>
          <p>Go back to the settings Scrutiny Lens started with, with no sites or terms of your own.</p>
          <button type="button" ref={start} class="sl-button-secondary" onClick={open}>
            Reset to defaults…
          </button>
        </>
      )}
    </section>
  );
}
