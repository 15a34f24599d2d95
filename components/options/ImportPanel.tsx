import { useRef, useState } from 'preact/hooks';
import type { LocalTerm } from '@/lib/local-terms/schema';
import { applyImport, type ImportResult } from '@/lib/settings/apply-import';
import { hostsNeedingAccess, type ImportMode, planImport } from '@/lib/settings/import-plan';
import type { Settings } from '@/lib/settings/schema';
import { checkImportText, type ExportFile, type ImportCheck, sizeProblem } from '@/lib/settings/transfer';
import { originsFor } from '@/lib/sites/policy';
import { type Choice, RadioGroup, TextArea } from './fields';
import { ImportReportList } from './ImportReportList';
import { savedMessage } from './StorageNotice';

interface Props {
  settings: Settings;
  terms: readonly LocalTerm[];
  announce(message: string): void;
}

const MODE_CHOICES: readonly Choice<ImportMode>[] = [
  {
    value: 'merge',
    label: 'Add to what I have',
    hint: 'The file’s sites and terms join yours. Your mark choices stay as they are.',
  },
  {
    value: 'replace',
    label: 'Replace everything',
    hint: 'Settings, sites and terms become the file’s. Your terms that are not in the file are deleted.',
  },
];

const MAX_ERRORS_SHOWN = 50;

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' });
}

/**
 * Import in two steps: the file is checked whole and what it would change is
 * shown; only the Import button writes anything. A file with any problem
 * changes nothing and lists every problem by entry and field.
 */
export function ImportPanel({ settings, terms, announce }: Props) {
  const [check, setCheck] = useState<ImportCheck>();
  const [mode, setMode] = useState<ImportMode>('merge');
  const [pasted, setPasted] = useState('');
  const [result, setResult] = useState<ImportResult>();
  const [busy, setBusy] = useState(false);
  const outcome = useRef<HTMLDivElement>(null);

  const show = (next: ImportCheck) => {
    setCheck(next);
    setResult(undefined);
    setTimeout(() => outcome.current?.focus(), 0);
  };

  const chooseFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    // Refuse a huge file before reading it into memory.
    const tooBig = sizeProblem(file.size);
    show(tooBig ? { ok: false, errors: [tooBig] } : checkImportText(await file.text()));
    input.value = '';
  };

  const runImport = (file: ExportFile) => {
    const hosts = hostsNeedingAccess(settings, file);
    // Asked before any await, so the request still counts as part of this click.
    const asking = hosts.length
      ? browser.permissions.request({ origins: hosts.flatMap(originsFor) })
      : Promise.resolve(true);
    setBusy(true);
    asking
      .catch(() => false)
      .then((granted) => applyImport(file, mode, { refused: granted ? [] : hosts }))
      .then((done) => {
        setResult(done);
        setCheck(undefined);
        setPasted('');
        const paused = done.paused.length
          ? ` ${done.paused.length} added sites are paused until you allow access.`
          : '';
        announce(`Imported.${paused} ${savedMessage(done.saved)}`.trim());
        setTimeout(() => outcome.current?.focus(), 0);
      })
      .catch((error: unknown) =>
        show({ ok: false, errors: [`The import failed and nothing was changed: ${String(error)}`] }),
      )
      .finally(() => setBusy(false));
  };

  return (
    <div class="sl-panel">
      <h3 id="import-heading">Import</h3>
      <div class="sl-field">
        <label for="import-file">Choose a settings file</label>
        <p class="sl-hint" id="import-file-hint">
          A .json file exported by Scrutiny Lens, at most 1 MB. It is checked before anything changes.
        </p>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          aria-describedby="import-file-hint"
          onChange={(e) => void chooseFile(e.currentTarget)}
        />
      </div>
      <details class="sl-paste">
        <summary>Or paste the file’s text</summary>
        <TextArea id="import-text" label="Settings file text" value={pasted} rows={6} onInput={setPasted} />
        <button type="button" class="sl-button-secondary" onClick={() => show(checkImportText(pasted))}>
          Check the pasted text
        </button>
      </details>

      <div ref={outcome} tabIndex={-1} class="sl-outcome">
        {check && !check.ok && (
          <div class="sl-error-summary" role="alert">
            <h4>Nothing was imported</h4>
            <p>
              The file has {check.errors.length === 1 ? 'a problem' : `${check.errors.length} problems`}. Fix them in
              the file and choose it again:
            </p>
            <ul>
              {check.errors.slice(0, MAX_ERRORS_SHOWN).map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
            {check.errors.length > MAX_ERRORS_SHOWN && <p>…and {check.errors.length - MAX_ERRORS_SHOWN} more.</p>}
          </div>
        )}
        {check?.ok && (
          <div class="sl-preview">
            <h4>The file is ready to import</h4>
            <p>
              Exported {formatDate(check.file.exportedAt)}, with {check.file.localTerms.length} terms and{' '}
              {check.file.settings.sites.added.length} added sites.
            </p>
            <RadioGroup
              name="import-mode"
              legend="How to import"
              choices={MODE_CHOICES}
              value={mode}
              onChange={(m) => setMode(m)}
            />
            <h4>What importing will do</h4>
            <ImportReportList report={planImport({ settings, localTerms: terms }, check.file, mode).report} />
            <div class="sl-actions">
              <button type="button" disabled={busy} onClick={() => runImport(check.file)}>
                Import
              </button>
              <button type="button" class="sl-button-secondary" onClick={() => setCheck(undefined)}>
                Cancel
              </button>
            </div>
          </div>
        )}
        {result && (
          <div class="sl-done" role="status">
            <h4>Imported</h4>
            <ImportReportList report={result.plan.report} />
            {result.paused.length > 0 && (
              <p>
                Access was not granted, so these sites are paused: {result.paused.join(', ')}. Switch one on in Sites to
                ask again.
              </p>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
