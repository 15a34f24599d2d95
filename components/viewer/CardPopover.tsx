import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { useEffect, useId, useLayoutEffect, useRef } from 'preact/hooks';
import { otherSensesOf, TermCard } from '@/components/card';
import type { Mark } from '@/lib/content/painter';
import type { Question, Term } from '@/lib/glossary/schema';
import type { Glossary } from '@/lib/glossary/validate';
import { markRange } from './hover';

export interface CardTarget {
  mark: Mark;
  /** The term shown: the mark's likeliest sense until the reader chooses another. */
  termId: string;
  page: number;
  /** Opened from the keyboard: focus moves into the card, and back when it closes. */
  fromKeyboard: boolean;
}

interface Props {
  target: CardTarget;
  glossary: Glossary;
  onChooseSense(term: Term): void;
  onAddQuestion(question: Question, term: Term, page: number): void;
  onOpenGlossary(termId: string): void;
  onClose(): void;
  /** The pointer is over the card: the hover watcher keeps it open. */
  cardRef: (el: HTMLElement | null) => void;
}

/** The shared term card, floating beside the mark it explains and following it as the document scrolls. */
export function CardPopover({
  target,
  glossary,
  onChooseSense,
  onAddQuestion,
  onOpenGlossary,
  onClose,
  cardRef,
}: Props) {
  const box = useRef<HTMLDivElement>(null);
  const headingId = `sl-viewer-card-${useId()}`;
  const term = glossary.termsById.get(target.termId);

  useEffect(() => {
    const floating = box.current;
    if (!floating) return;
    const reference = {
      getBoundingClientRect: () => markRange(target.mark).getBoundingClientRect(),
      getClientRects: () => markRange(target.mark).getClientRects(),
      contextElement: target.mark.range.startContainer.parentElement ?? undefined,
    };
    return autoUpdate(reference, floating, () => {
      void computePosition(reference, floating, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [offset(6), flip(), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        floating.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      });
    });
  }, [target.mark]);

  // In the commit that shows the card, not a frame later: a key pressed in between would land on the document.
  useLayoutEffect(() => {
    if (!target.fromKeyboard) return;
    const returnTo = document.activeElement as HTMLElement | null;
    document.getElementById(headingId)?.focus();
    return () => returnTo?.focus?.();
  }, [target.mark, headingId, target.fromKeyboard]);

  if (!term) return null;
  return (
    <div
      ref={(el) => {
        box.current = el;
        cardRef(el);
      }}
      class="sl-card-popover"
      role="dialog"
      aria-labelledby={headingId}
      data-testid="term-card"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <button type="button" class="sl-button sl-card-popover__close" aria-label="Close" onClick={onClose}>
        ✕
      </button>
      <TermCard
        term={term}
        glossary={glossary}
        otherSenses={otherSensesOf(term, glossary)}
        onChooseSense={onChooseSense}
        onAddQuestion={(question, t) => onAddQuestion(question, t, target.page)}
        onOpenGlossary={onOpenGlossary}
        headingId={headingId}
      />
    </div>
  );
}
