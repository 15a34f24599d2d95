import { useLayoutEffect } from 'preact/hooks';
import { otherSensesOf } from '@/components/card/other-senses';
import { TermCard } from '@/components/card/TermCard';
import type { Question, Term } from '@/lib/glossary/schema';
import type { Glossary } from '@/lib/glossary/validate';

interface Props {
  term: Term;
  glossary: Glossary;
  onBack: () => void;
  onChooseTerm: (termId: string) => void;
  onAddQuestion: (question: Question, term: Term) => void;
  onOpenGlossary: (termId: string) => void;
}

const HEADING_ID = 'sl-term-view-title';

/** One term's card in the popup, with the way back to the search. */
export function TermView({ term, glossary, onBack, onChooseTerm, onAddQuestion, onOpenGlossary }: Props) {
  // A screen reader hears the term's name first; the Back button is one Shift+Tab away.
  // In the commit that shows the term, so an Escape pressed straight after Enter still goes back.
  useLayoutEffect(() => {
    document.getElementById(HEADING_ID)?.focus();
  }, [term.id]);

  return (
    <section
      class="sl-term-view"
      aria-labelledby={HEADING_ID}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onBack();
        }
      }}
    >
      <button type="button" class="sl-button sl-button--quiet sl-back" onClick={onBack}>
        ← Back to search
      </button>
      <TermCard
        term={term}
        glossary={glossary}
        otherSenses={otherSensesOf(term, glossary)}
        onChooseSense={(t) => onChooseTerm(t.id)}
        onAddQuestion={onAddQuestion}
        onOpenGlossary={onOpenGlossary}
        headingId={HEADING_ID}
      />
    </section>
  );
}
