import type { LetterTemplate } from '@/lib/letters/schema';

interface Props {
  templates: readonly LetterTemplate[];
  onStart(templateId: string): void;
}

/** The kinds of letter, each with who it is for and when to use it. */
export function TemplateChoice({ templates, onStart }: Props) {
  return (
    <ul class="sl-template-list">
      {templates.map((t) => (
        <li key={t.id} class="sl-template">
          <h3 id={`template-${t.id}`}>{t.title}</h3>
          <dl>
            <dt>Who it is for</dt>
            <dd>{t.audience}</dd>
            <dt>When to use it</dt>
            <dd>{t.whenToUse}</dd>
          </dl>
          <button type="button" onClick={() => onStart(t.id)}>
            Write this letter<span class="sl-visually-hidden">: {t.title}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
