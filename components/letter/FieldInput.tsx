import type { JSX } from 'preact';
import type { FieldValues } from '@/lib/letters/model';
import type { TemplateField } from '@/lib/letters/schema';
import { autocompleteFor } from './autocomplete';
import { fieldDomId } from './dom-ids';

interface Props {
  field: TemplateField;
  value: FieldValues[string];
  onChange(value: string): void;
  onBlur?(): void;
  /** Shown under the label and tied to the control, once the writer tries to export or leaves a bad value. */
  error?: string;
  rows?: number;
}

const asText = (v: FieldValues[string]): string => (v === undefined ? '' : typeof v === 'string' ? v : v.join('; '));

function Hint({ field, id }: { field: TemplateField; id: string }) {
  return (
    <p id={id} class="sl-hint">
      {field.help} <span class="sl-example">For example: {field.example}</span>
    </p>
  );
}

function ErrorText({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={id} class="sl-error">
      <span class="sl-visually-hidden">Error: </span>
      {error}
    </p>
  );
}

function LabelText({ field }: { field: TemplateField }) {
  return (
    <>
      {field.label}
      {field.required && <span class="sl-required"> (required)</span>}
    </>
  );
}

/** One template field, drawn as the control that suits its kind. */
export function FieldInput({ field, value, onChange, onBlur, error, rows }: Props) {
  const id = fieldDomId(field.id);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = error ? `${hintId} ${errorId}` : hintId;
  const text = asText(value);
  const wrapClass = `sl-field${error ? ' sl-field--invalid' : ''}`;

  if (field.kind === 'choice') {
    const chosen = text || field.default || '';
    return (
      <fieldset id={id} class={wrapClass} aria-describedby={describedBy}>
        <legend>
          <LabelText field={field} />
        </legend>
        <Hint field={field} id={hintId} />
        <ErrorText id={errorId} error={error} />
        {field.options?.map((o) => (
          <div class="sl-radio" key={o.value}>
            <input
              type="radio"
              id={`${id}-${o.value}`}
              name={id}
              value={o.value}
              checked={chosen === o.value}
              onChange={() => onChange(o.value)}
              onBlur={onBlur}
            />
            <label for={`${id}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </fieldset>
    );
  }

  const common = {
    id,
    name: field.id,
    value: text,
    'aria-describedby': describedBy,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-required': field.required ? ('true' as const) : undefined,
    autoComplete: autocompleteFor(field.id),
    onInput: (e: Event) => onChange((e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
    onBlur,
  };

  let control: JSX.Element;
  switch (field.kind) {
    case 'multiline':
      control = <textarea {...common} rows={rows ?? 4} />;
      break;
    case 'date':
      control = <input {...common} type="date" />;
      break;
    case 'email':
      control = <input {...common} type="email" spellcheck={false} />;
      break;
    case 'number':
      control = <input {...common} type="text" inputMode="numeric" class="sl-input--short" />;
      break;
    case 'money':
      control = <input {...common} type="text" class="sl-input--short" />;
      break;
    default:
      control = <input {...common} type="text" />;
  }

  return (
    <div class={wrapClass}>
      <label for={id}>
        <LabelText field={field} />
      </label>
      <Hint field={field} id={hintId} />
      <ErrorText id={errorId} error={error} />
      {control}
    </div>
  );
}
