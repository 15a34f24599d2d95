import { useEffect, useRef } from 'preact/hooks';
import { focusElement } from './dom-ids';
import type { Problem } from './problems';

interface Props {
  problems: readonly Problem[];
  /** Changes on every refused export, so the summary takes focus again. */
  attempt: number;
}

/** What stops the export, each line a link to the field that needs fixing. */
export function ErrorSummary({ problems, attempt }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);
  if (!problems.length) return null;
  return (
    <div class="sl-error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-heading">
      <h3 id="error-summary-heading">
        {problems.length === 1 ? 'One thing to fix' : `${problems.length} things to fix`} before the letter can go
      </h3>
      <ul>
        {problems.map((p) => (
          <li key={`${p.fieldId}-${p.message}`}>
            <a
              href={`#${p.target}`}
              onClick={(e) => {
                if (focusElement(p.target)) e.preventDefault();
              }}
            >
              {p.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
