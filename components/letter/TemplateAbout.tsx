import type { LetterTemplate } from '@/lib/letters/schema';

/** Who the letter is for and when to send it, with the template's practical tips folded away. */
export function TemplateAbout({ template }: { template: LetterTemplate }) {
  return (
    <div class="sl-about">
      <p>
        <strong>Who it is for: </strong>
        {template.audience}
      </p>
      <details>
        <summary>When to use it, and tips</summary>
        <p>{template.whenToUse}</p>
        {template.tips.length > 0 && (
          <ul>
            {template.tips.map((tip) => (
              <li key={tip}>{tip}</li>
            ))}
          </ul>
        )}
      </details>
    </div>
  );
}
