import { useEffect, useRef, useState } from 'preact/hooks';
import { describeFailure, type Failure } from '@/lib/pdf/failures';
import { originalUrl } from '@/lib/pdf/url';
import { FilePicker } from './FilePicker';

interface Props {
  failure: Failure;
  src?: string;
  onRetry?: () => void;
  onPassword?: (password: string) => void;
  onAllowSite?: () => void;
  onFile: (file: File) => void;
}

/** Says what went wrong in words a reader can act on, and always offers the original. */
export function FailureScreen({ failure, src, onRetry, onPassword, onAllowSite, onFile }: Props) {
  const text = describeFailure(failure);
  const heading = useRef<HTMLHeadingElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  const [password, setPassword] = useState('');
  const asksPassword = (failure.kind === 'password' || failure.kind === 'wrong-password') && onPassword;
  useEffect(() => {
    document.title = `${text.title} – Scrutiny Lens`;
    // Focus goes where the reader acts next: the password box, or the message itself for a screen reader.
    (asksPassword ? passwordInput.current : heading.current)?.focus();
  }, [text.title, asksPassword]);

  return (
    <main class="sl-screen" data-failure={failure.kind}>
      <h1 ref={heading} tabIndex={-1}>
        {text.title}
      </h1>
      <p>{text.body}</p>
      {asksPassword && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (password) onPassword(password);
          }}
        >
          <label for="sl-password">Password</label>{' '}
          <input
            id="sl-password"
            type="password"
            autocomplete="off"
            ref={passwordInput}
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />{' '}
          <button type="submit" class="sl-button sl-button--primary">
            Open
          </button>
        </form>
      )}
      <div class="sl-screen__actions">
        {src && (
          <a class="sl-button" href={originalUrl(src)} data-testid="open-original">
            Open the original
          </a>
        )}
        {failure.kind === 'not-allowed' && onAllowSite && (
          <button type="button" class="sl-button sl-button--primary" onClick={onAllowSite}>
            Allow Scrutiny Lens to read {new URL(src!).hostname}
          </button>
        )}
        {onRetry &&
          (failure.kind === 'download-failed' || failure.kind === 'damaged' || failure.kind === 'needs-login') && (
            <button type="button" class="sl-button" onClick={onRetry}>
              Try again
            </button>
          )}
        <FilePicker onFile={onFile} label="Open a PDF from your computer…" />
      </div>
      {src && <p class="sl-screen__address">Address: {src}</p>}
    </main>
  );
}
