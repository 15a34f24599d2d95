import { useState } from 'preact/hooks';
import { letterToDocxBlob } from '@/lib/letters/docx';
import { isEmailAddress } from '@/lib/letters/email';
import { mailtoForLetter } from '@/lib/letters/mailto';
import { toPlainText } from '@/lib/letters/plain-text';
import type { RenderResult } from '@/lib/letters/render';
import { writeToThemUrl } from '@/lib/letters/writetothem';
import { SEND_TO_ID, SEND_TO_KEY } from './dom-ids';
import { ErrorSummary } from './ErrorSummary';
import { copyText, downloadBlob, exportFileName, openMailto } from './exporters';
import type { Problem } from './problems';
import { useAnnouncer } from './use-announcer';
import { suitsWriteToThem } from './writetothem-fit';

interface Props {
  templateId: string;
  result: RenderResult;
  /** What still stops the export, worked out from the current letter. */
  problems: readonly Problem[];
  /** Called when an export was refused, so the form shows its field errors. */
  onRefused(): void;
  /** The recipient's e-mail address, for the Email button. */
  sendTo: string;
  onSendTo(value: string): void;
  /** The writer's postcode, if the template asks for one. */
  postcode?: string;
  /** The draft's name, for file names. */
  name: string;
  today: Date;
}

const COPY_REFUSED =
  'Your browser did not let Scrutiny Lens copy. Use “Download .txt” instead, or select the letter in the preview and copy it with Ctrl+C (⌘C on a Mac).';

/**
 * Every way out of the builder. Each one checks the letter first: nothing
 * leaves with a required field empty or a [placeholder] still in it.
 */
export function ExportPanel(props: Props) {
  const { templateId, result, problems, onRefused, sendTo, onSendTo, postcode, name, today } = props;
  const [shown, setShown] = useState<readonly Problem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [message, announce] = useAnnouncer();
  const doc = result.document;
  const sendToError =
    sendTo.trim() && !isEmailAddress(sendTo)
      ? `“${sendTo.trim()}” does not look like an e-mail address. Check it has an @ and no spaces.`
      : undefined;

  const guarded = (action: () => void | Promise<void>, extra: readonly Problem[] = []) => {
    const all = [...problems, ...extra];
    if (all.length) {
      setShown(all);
      setAttempt((n) => n + 1);
      onRefused();
      return;
    }
    setShown([]);
    void action();
  };

  const copy = async () => {
    const ok = await copyText(toPlainText(doc));
    announce(ok ? 'Copied the letter as plain text.' : COPY_REFUSED);
  };

  const email = async () => {
    const r = mailtoForLetter(doc, sendTo.trim() ? [sendTo.trim()] : []);
    if (r.kind === 'ok') {
      openMailto(r.url);
      announce('Your e-mail program should open with the letter in a new message.');
    } else if (r.kind === 'too-long') {
      // Copy first: the mail program may take focus, and the clipboard needs it.
      const ok = await copyText(r.body);
      openMailto(r.subjectOnlyUrl);
      announce(
        ok
          ? 'The letter is too long to put in an e-mail link, so it has been copied. Your e-mail program should open with the subject filled in: paste the letter into the message.'
          : `The letter is too long to put in an e-mail link, and copying it failed. ${COPY_REFUSED} Your e-mail program should open with the subject filled in.`,
      );
    }
  };

  const docx = async () => {
    const file = exportFileName(name, today, 'docx');
    downloadBlob(await letterToDocxBlob(doc), file);
    announce(`Downloaded ${file}.`);
  };

  const txt = () => {
    const file = exportFileName(name, today, 'txt');
    downloadBlob(new Blob([toPlainText(doc)], { type: 'text/plain;charset=utf-8' }), file);
    announce(`Downloaded ${file}.`);
  };

  const writeToThem = async () => {
    const ok = await copyText(toPlainText(doc, { width: 0 }));
    const link = writeToThemUrl(postcode);
    await browser.tabs.create({ url: link.url });
    const where = link.postcode
      ? `WriteToThem is opening in a new tab with your postcode, ${link.postcode}`
      : link.postcodeRejected
        ? `WriteToThem is opening in a new tab. “${postcode?.trim()}” does not look like a postcode, so it will ask for yours`
        : 'WriteToThem is opening in a new tab and will ask for your postcode';
    announce(
      ok
        ? `Copied the letter. ${where}: choose who to write to, then paste the letter into the message.`
        : `${where}. ${COPY_REFUSED}`,
    );
  };

  const emailProblems: Problem[] = sendToError
    ? [{ fieldId: SEND_TO_KEY, kind: 'invalid', target: SEND_TO_ID, message: sendToError }]
    : [];

  return (
    <section class="sl-export" aria-labelledby="export-heading">
      <h2 id="export-heading">Send or save your letter</h2>
      <ErrorSummary problems={shown} attempt={attempt} />
      {result.warnings.length > 0 && (
        <div class="sl-warnings">
          <h3>Worth checking</h3>
          <ul>
            {result.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      <div class="sl-actions sl-export-buttons">
        <button type="button" onClick={() => guarded(copy)}>
          Copy as plain text
        </button>
        <button type="button" onClick={() => guarded(docx)}>
          Download .docx
        </button>
        <button type="button" onClick={() => guarded(txt)}>
          Download .txt
        </button>
        <button type="button" onClick={() => guarded(() => window.print())}>
          Print
        </button>
      </div>

      <div class={`sl-field${sendToError ? ' sl-field--invalid' : ''}`}>
        <label for={SEND_TO_ID}>Their e-mail address (optional)</label>
        <p id={`${SEND_TO_ID}-hint`} class="sl-hint">
          Fills in the “To” line when you press Email. For example: scrutiny@example.gov.uk
        </p>
        {sendToError && (
          <p id={`${SEND_TO_ID}-error`} class="sl-error">
            <span class="sl-visually-hidden">Error: </span>
            {sendToError}
          </p>
        )}
        <input
          id={SEND_TO_ID}
          type="email"
          value={sendTo}
          spellcheck={false}
          autoComplete="off"
          aria-invalid={sendToError ? 'true' : undefined}
          aria-describedby={sendToError ? `${SEND_TO_ID}-hint ${SEND_TO_ID}-error` : `${SEND_TO_ID}-hint`}
          onInput={(e) => onSendTo(e.currentTarget.value)}
        />
      </div>
      <div class="sl-actions sl-export-buttons">
        <button type="button" onClick={() => guarded(email, emailProblems)}>
          Email
        </button>
        {suitsWriteToThem(templateId) && (
          <button type="button" onClick={() => guarded(writeToThem)}>
            Send through WriteToThem
          </button>
        )}
      </div>
      {suitsWriteToThem(templateId) && (
        <p class="sl-hint">
          WriteToThem sends letters to your own councillors and MP. Scrutiny Lens copies the letter for you to paste
          into its message box.
        </p>
      )}
      <p role="status" class="sl-export-status">
        {message}
      </p>
    </section>
  );
}
