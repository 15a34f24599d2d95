import type { Term } from '@/lib/glossary/schema';
import { sharedAbbreviation } from './other-senses';

interface Props {
  term: Term;
  others: readonly Term[];
  onChooseSense?: (term: Term) => void;
}

function eraHint(term: Term): string {
  return term.era.status === 'current' ? '' : ` (${term.era.status})`;
}

/** For an abbreviation that has meant different things: the card shows the likely sense, the others are one click away. */
export function OtherSenses({ term, others, onChooseSense }: Props) {
  const abbreviation = sharedAbbreviation(term, others);
  return (
    <div class="sl-card__senses">
      <p class="sl-card__senses-intro">{abbreviation ? `${abbreviation} can also mean:` : 'This can also mean:'}</p>
      <ul class="sl-card__senses-list">
        {others.map((other) => (
          <li key={other.id}>
            {onChooseSense ? (
              <button type="button" class="sl-card__link-button" onClick={() => onChooseSense(other)}>
                {other.headword}
              </button>
            ) : (
              other.headword
            )}
            {eraHint(other)}
          </li>
        ))}
      </ul>
    </div>
  );
}
