import type { Glossary } from '@/lib/glossary/validate';
import { isDefaultSite } from '@/lib/sites/defaults';
import type { PageState } from './use-page';

interface Props {
  page: PageState;
  glossary: Glossary;
  onReveal: (termId: string) => void;
  /** A term chosen to be shown whose every mark is folded away on the page: said in the status line. */
  foldedTermId?: string;
}

function Explanation({ page }: { page: Exclude<PageState, { kind: 'read' }> }) {
  if (page.kind === 'loading') return <p class="sl-muted">Looking at this page…</p>;
  if (page.kind === 'no-page' || !page.host) {
    return <p class="sl-muted">Open a council or NHS web page to see the terms on it.</p>;
  }
  if (isDefaultSite(page.host)) {
    return <p class="sl-muted">Scrutiny Lens has not read this page yet. Reload the page to see its terms.</p>;
  }
  return <p class="sl-muted">Scrutiny Lens has not read this page.</p>;
}

/** "page 4" or "pages 2, 5, 9", shortened with a count past six. */
export function pagesLabel(pages: readonly number[]): string {
  const sorted = [...new Set(pages)].sort((a, b) => a - b);
  if (sorted.length === 1) return `page ${sorted[0]}`;
  const shown = sorted.slice(0, 6).join(', ');
  return `pages ${shown}${sorted.length > 6 ? ` and ${sorted.length - 6} more` : ''}`;
}

/** The glossary terms on the current page in the order they first appear; choosing one shows it there. */
export function OnThisPage({ page, glossary, onReveal, foldedTermId }: Props) {
  if (page.kind !== 'read') return <Explanation page={page} />;
  const { reply } = page;
  if (!reply.on) return <p class="sl-muted">Marking is off for this site.</p>;
  const found = reply.terms.flatMap((f) => {
    const term = glossary.termsById.get(f.termId);
    return term ? [{ term, count: f.count, pages: f.pages ?? [] }] : [];
  });
  if (!found.length) return <p class="sl-muted">No glossary terms on this page.</p>;
  const folded = foldedTermId ? glossary.termsById.get(foldedTermId) : undefined;
  return (
    <>
      <p class="sl-muted">
        {found.length === 1 ? '1 term' : `${found.length} terms`}, in the order they appear. Choose one to see it on the
        page.
      </p>
      <ul class="sl-page-terms">
        {found.map(({ term, count, pages }) => (
          <li key={term.id}>
            <button type="button" class="sl-page-term" onClick={() => onReveal(term.id)}>
              <span class="sl-page-term__name">
                {term.headword}
                {pages.length > 0 && <span class="sl-page-term__pages"> {pagesLabel(pages)}</span>}
              </span>
              <span class="sl-page-term__count">
                {count}
                <span class="sl-visually-hidden">{count === 1 ? ' mention' : ' mentions'}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      {/* Present while the list is, so that a screen reader announces what is put in it. */}
      <p class="sl-muted" role="status">
        {folded
          ? `${folded.headword} is only in parts of the page that are folded away or hidden. Open them on the page to see it.`
          : ''}
      </p>
    </>
  );
}
