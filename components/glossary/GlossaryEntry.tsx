import { otherSensesOf } from '@/components/card/other-senses';
import { TermCard } from '@/components/card/TermCard';
import type { Question, Term } from '@/lib/glossary/schema';
import type { Glossary } from '@/lib/glossary/validate';

interface Props {
  term: Term;
  glossary: Glossary;
  onAddQuestion?: (question: Question, term: Term) => void;
}

/** One glossary entry: the full card, addressable as glossary.html#<term id>. */
export function GlossaryEntry({ term, glossary, onAddQuestion }: Props) {
  const headingId = `${term.id}-title`;
  return (
    <li id={term.id} class="sl-glossary__entry" tabIndex={-1} aria-labelledby={headingId}>
      <TermCard
        term={term}
        glossary={glossary}
        headingId={headingId}
        headingLevel={3}
        detailOpen
        otherSenses={otherSensesOf(term, glossary)}
        onChooseSense={(other) => {
          location.hash = other.id;
        }}
        onAddQuestion={onAddQuestion}
      />
    </li>
  );
}
