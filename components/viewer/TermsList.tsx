import type { Glossary } from '@/lib/glossary/validate';
import type { DocumentTerm } from '@/lib/pdf/doc-terms';

interface Props {
  terms: readonly DocumentTerm[];
  glossary: Glossary;
  complete: boolean;
  onShow(termId: string, page: number): void;
}

/** "On this document": each term with the pages it is on; a page number goes there and opens the card. */
export function TermsList({ terms, glossary, complete, onShow }: Props) {
  if (!terms.length)
    return <p class="sl-terms">{complete ? 'No glossary terms in this document.' : 'Reading the document…'}</p>;
  return (
    <ul class="sl-terms" aria-label="Terms in this document">
      {terms.map((t) => {
        const term = glossary.termsById.get(t.termId);
        if (!term) return null;
        return (
          <li key={t.termId}>
            <strong>{term.headword}</strong>
            <div class="sl-terms__pages">
              {t.pages.map((p) => (
                <button
                  key={p}
                  type="button"
                  class="sl-terms__page"
                  aria-label={`${term.headword} on page ${p}`}
                  onClick={() => onShow(t.termId, p)}
                >
                  p.{p}
                </button>
              ))}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
