import type { EraLine } from './era';

/** Historical and proposed terms say so first; a current term's line, if any, is quiet. */
export function EraNote({ line }: { line: EraLine }) {
  return (
    <p class={`sl-card__era sl-card__era--${line.status}`}>
      {line.label && <strong class="sl-card__era-label">{line.label}:</strong>} {line.text}
    </p>
  );
}
