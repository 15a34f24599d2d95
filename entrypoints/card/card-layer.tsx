import { useLayoutEffect, useRef } from 'preact/hooks';
import { TermCard } from '@/components/card';
import type { CardView } from '@/lib/content/card-surface';
import type { Question, Term } from '@/lib/glossary/schema';

export interface CardLayerProps {
  view: CardView;
  onClose(): void;
  onChooseSense(term: Term): void;
  onAddQuestion(question: Question, term: Term): void;
  onOpenGlossary(termId?: string, query?: string): void;
  /** Called after every render with the card element, so the surface can position it. */
  onRendered(el: HTMLElement | null): void;
}

const HEADING_ID = 'scrutiny-lens-card-title';

/**
 * The card as it floats over a page: a non-modal dialog named by the term's
 * headword, with a close button. Where it sits is the surface's business.
 */
export function CardLayer({ view, onClose, onChooseSense, onAddQuestion, onOpenGlossary, onRendered }: CardLayerProps) {
  const ref = useRef<HTMLDivElement>(null);
  // In the commit that shows the card, not a frame later: a key pressed in between would land on the page.
  useLayoutEffect(() => {
    onRendered(ref.current);
    if ((view.kind === 'term' || view.kind === 'not-found') && view.focus) {
      (ref.current?.querySelector<HTMLElement>(`#${HEADING_ID}`) ?? ref.current)?.focus();
    }
  });
  if (view.kind === 'closed') return null;
  return (
    <div
      ref={ref}
      // The frame takes the card's own colour variables (.sl-card), so light and dark match whatever the card shows.
      class="sl-layer sl-card"
      role="dialog"
      aria-modal="false"
      aria-labelledby={view.kind === 'loading' ? undefined : HEADING_ID}
      aria-label={view.kind === 'loading' ? 'Scrutiny Lens' : undefined}
      aria-busy={view.kind === 'loading' ? 'true' : undefined}
      tabIndex={-1}
    >
      <button type="button" class="sl-layer__close" aria-label="Close" onClick={onClose}>
        ×
      </button>
      {view.kind === 'loading' && <p class="sl-layer__status">Looking this up…</p>}
      {view.kind === 'term' && (
        <TermCard
          term={view.term}
          glossary={view.glossary}
          otherSenses={view.others}
          onChooseSense={onChooseSense}
          onAddQuestion={onAddQuestion}
          onOpenGlossary={(id) => onOpenGlossary(id)}
          headingId={HEADING_ID}
        />
      )}
      {view.kind === 'not-found' && (
        <div class="sl-card">
          <h2 id={HEADING_ID} class="sl-card__headword" tabIndex={-1}>
            Not in the glossary
          </h2>
          <p class="sl-card__summary">
            Scrutiny Lens has no entry for “{view.text.length > 80 ? `${view.text.slice(0, 80)}…` : view.text}”.
          </p>
          <button type="button" class="sl-card__button" onClick={() => onOpenGlossary(undefined, view.text)}>
            Search the glossary
          </button>
        </div>
      )}
    </div>
  );
}

export const layerCss = `
:host { all: initial; }
.sl-layer.sl-card {
  position: fixed; top: 0; left: 0; z-index: 2147483647;
  width: min(26rem, calc(100vw - 16px)); max-height: min(70vh, 36rem, var(--sl-room, 100vh), calc(100vh - 16px)); overflow: auto;
  background: var(--slc-bg); color: var(--slc-fg); border: 1px solid var(--slc-border); border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.28); padding: 12px 16px 14px;
}
.sl-layer:focus { outline: none; }
.sl-layer__close {
  position: sticky; float: right; top: 0; margin: -4px -8px 0 8px; min-width: 32px; min-height: 32px;
  font: inherit; font-size: 1.25rem; line-height: 1; border: 0; border-radius: 4px; background: var(--slc-bg); color: inherit; cursor: pointer;
}
.sl-layer__close:focus-visible { outline: 3px solid var(--slc-focus); outline-offset: 1px; }
.sl-layer__status { margin: 0; color: var(--slc-muted); }
@media (prefers-reduced-motion: no-preference) {
  .sl-layer { animation: sl-fade 120ms ease-out; }
  @keyframes sl-fade { from { opacity: 0; transform: translateY(2px); } to { opacity: 1; transform: none; } }
}
@media print { .sl-layer { display: none; } }
`;
