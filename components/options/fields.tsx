import type { ComponentChildren } from 'preact';

/**
 * Form controls with their label, hint and error tied together for screen
 * readers: the hint and the error are both in aria-describedby, and an error
 * sets aria-invalid.
 */
interface FieldProps {
  id: string;
  label: string;
  hint?: ComponentChildren;
  error?: string;
  value: string;
  onInput(value: string): void;
  onBlur?(): void;
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function FieldText({ id, hint, error }: Pick<FieldProps, 'id' | 'hint' | 'error'>) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} class="sl-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="sl-error">
          <span class="sl-visually-hidden">Error: </span>
          {error}
        </p>
      )}
    </>
  );
}

export function TextField(props: FieldProps & { autoComplete?: string; inputMode?: 'url' | 'text' }) {
  const { id, label, hint, error, value, onInput, onBlur } = props;
  return (
    <div class={`sl-field${error ? ' sl-field-invalid' : ''}`}>
      <label for={id}>{label}</label>
      <FieldText id={id} hint={hint} error={error} />
      <input
        id={id}
        name={id}
        type="text"
        value={value}
        autoComplete={props.autoComplete ?? 'off'}
        inputMode={props.inputMode}
        spellcheck={false}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onInput={(e) => onInput(e.currentTarget.value)}
        onBlur={onBlur}
      />
    </div>
  );
}

export function TextArea(props: FieldProps & { rows?: number }) {
  const { id, label, hint, error, value, onInput, onBlur, rows = 3 } = props;
  return (
    <div class={`sl-field${error ? ' sl-field-invalid' : ''}`}>
      <label for={id}>{label}</label>
      <FieldText id={id} hint={hint} error={error} />
      <textarea
        id={id}
        name={id}
        rows={rows}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onInput={(e) => onInput(e.currentTarget.value)}
        onBlur={onBlur}
      />
    </div>
  );
}

export interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

export function RadioGroup<T extends string>(props: {
  name: string;
  legend: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange(value: T): void;
}) {
  const { name, legend, choices, value, onChange } = props;
  return (
    <fieldset class="sl-choices">
      <legend>{legend}</legend>
      {choices.map((c) => {
        const id = `${name}-${c.value}`;
        return (
          <div class="sl-choice" key={c.value}>
            <input
              id={id}
              type="radio"
              name={name}
              value={c.value}
              checked={value === c.value}
              aria-describedby={c.hint ? `${id}-hint` : undefined}
              onChange={() => onChange(c.value)}
            />
            <label for={id}>{c.label}</label>
            {c.hint && (
              <p id={`${id}-hint`} class="sl-hint">
                {c.hint}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

export function Checkbox(props: {
  id: string;
  label: string;
  hint?: string;
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  const { id, label, hint, checked, onChange } = props;
  return (
    <div class="sl-choice">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="sl-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
