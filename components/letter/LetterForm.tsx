import type { FieldValues } from '@/lib/letters/model';
import type { RenderResult } from '@/lib/letters/render';
import type { LetterTemplate } from '@/lib/letters/schema';
import { FieldInput } from './FieldInput';

interface Props {
  template: LetterTemplate;
  values: FieldValues;
  onField(fieldId: string, value: string): void;
  onBlurField(fieldId: string): void;
  includeParagraphs: readonly string[];
  onParagraph(paragraphId: string, on: boolean): void;
  /** Messages to show beside fields, by field id. */
  errors: ReadonlyMap<string, string>;
  wordCount?: RenderResult['wordCount'];
}

function WordCount({ wordCount }: { wordCount: NonNullable<RenderResult['wordCount']> }) {
  return (
    <p class={`sl-word-count${wordCount.over ? ' sl-word-count--over' : ''}`}>
      Words that count towards the limit: {wordCount.count} of {wordCount.limit}.
      {wordCount.over && ' That is over the limit: the council may refuse the question or cut it.'}
    </p>
  );
}

/**
 * The letter's fields. The "why this matters to you" field comes first and
 * stands out: it is the part that makes a letter the writer's own.
 */
export function LetterForm(props: Props) {
  const { template, values, onField, onBlurField, includeParagraphs, onParagraph, errors, wordCount } = props;
  const personal = template.fields.find((f) => f.id === template.personalFieldId);
  const others = template.fields.filter((f) => f.id !== template.personalFieldId);
  const field = (f: (typeof template.fields)[number], rows?: number) => (
    <FieldInput
      key={f.id}
      field={f}
      value={values[f.id]}
      onChange={(v) => onField(f.id, v)}
      onBlur={() => onBlurField(f.id)}
      error={errors.get(f.id)}
      rows={rows}
    />
  );

  return (
    <div class="sl-letter-form-fields">
      {personal && (
        <section class="sl-personal" aria-labelledby="personal-heading">
          <h2 id="personal-heading">In your own words</h2>
          <p>
            Councils and WriteToThem set aside identical campaign letters. A few sentences of your own are what get a
            letter read.
          </p>
          {field(personal, 6)}
          {wordCount && <WordCount wordCount={wordCount} />}
        </section>
      )}

      <section aria-labelledby="details-heading">
        <h2 id="details-heading">Details for the letter</h2>
        {others.map((f) => field(f))}
      </section>

      {template.optionalParagraphs.length > 0 && (
        <fieldset class="sl-paragraphs">
          <legend>
            <h2>Paragraphs to include</h2>
          </legend>
          {template.optionalParagraphs.map((p) => (
            <div class="sl-checkbox" key={p.id}>
              <input
                type="checkbox"
                id={`paragraph-${p.id}`}
                checked={includeParagraphs.includes(p.id)}
                onChange={(e) => onParagraph(p.id, e.currentTarget.checked)}
              />
              <label for={`paragraph-${p.id}`}>{p.label}</label>
            </div>
          ))}
        </fieldset>
      )}
    </div>
  );
}
