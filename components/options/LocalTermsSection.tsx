import { useState } from 'preact/hooks';
import { CATEGORY_LABELS } from '@/lib/glossary/schema';
import type { GlossaryIndex } from '@/lib/local-terms/glossary-overlap';
import type { LocalTerm } from '@/lib/local-terms/schema';
import { LocalTermForm } from './LocalTermForm';
import type { LocalTermsBinding } from './use-local-terms';

interface Props {
  terms: LocalTerm[];
  save: LocalTermsBinding['save'];
  glossary: GlossaryIndex;
  announce(message: string): void;
}

function focusById(id: string) {
  // After Preact has rendered the change that creates the element.
  setTimeout(() => document.getElementById(id)?.focus(), 0);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function LocalTermsSection({ terms, save, glossary, announce }: Props) {
  const [editing, setEditing] = useState<LocalTerm>();
  const [confirming, setConfirming] = useState<string>();

  const saveTerm = async (term: LocalTerm): Promise<string | undefined> => {
    const next = editing ? terms.map((t) => (t.slug === editing.slug ? term : t)) : [...terms, term];
    try {
      await save(next);
    } catch (error) {
      return messageOf(error);
    }
    announce(editing ? `Saved “${term.headword}”` : `Added “${term.headword}”`);
    if (editing) {
      setEditing(undefined);
      focusById(`edit-${term.slug}`);
    }
    return undefined;
  };

  const remove = async (term: LocalTerm) => {
    try {
      await save(terms.filter((t) => t.slug !== term.slug));
      setConfirming(undefined);
      if (editing?.slug === term.slug) setEditing(undefined);
      announce(`Deleted “${term.headword}”`);
      focusById('local-terms-heading');
    } catch (error) {
      announce(`Could not delete “${term.headword}”: ${messageOf(error)}`);
    }
  };

  return (
    <section id="your-terms" aria-labelledby="local-terms-heading">
      <h2 id="local-terms-heading" tabIndex={-1}>
        Your terms
      </h2>
      <p>
        Add terms your council or NHS bodies use that the glossary does not explain. They are marked on pages like the
        glossary’s, labelled “Your term”, and stay in this browser (export them to keep a copy).
      </p>
      {terms.length === 0 ? (
        <p>You have not added any terms yet.</p>
      ) : (
        <ul class="sl-terms" aria-labelledby="local-terms-heading">
          {terms.map((term) => (
            <li key={term.slug} class="sl-term">
              <p class="sl-term-name">
                <strong>{term.headword}</strong>
                {term.acronyms.length > 0 && <span> ({term.acronyms.join(', ')})</span>}
                <span class="sl-hint"> · {CATEGORY_LABELS[term.category]}</span>
              </p>
              <p class="sl-term-definition">{term.definition}</p>
              {confirming === term.slug ? (
                <fieldset class="sl-confirm" aria-labelledby={`confirm-${term.slug}`}>
                  <p id={`confirm-${term.slug}`} tabIndex={-1}>
                    Delete “{term.headword}”? This cannot be undone.
                  </p>
                  <button type="button" class="sl-button-danger" onClick={() => void remove(term)}>
                    Delete <span class="sl-visually-hidden">“{term.headword}”</span>
                  </button>
                  <button
                    type="button"
                    class="sl-button-secondary"
                    onClick={() => {
                      setConfirming(undefined);
                      focusById(`delete-${term.slug}`);
                    }}
                  >
                    Keep it
                  </button>
                </fieldset>
              ) : (
                <div class="sl-actions">
                  <button
                    type="button"
                    id={`edit-${term.slug}`}
                    class="sl-button-secondary"
                    onClick={() => {
                      setEditing(term);
                      focusById('term-headword');
                    }}
                  >
                    Edit <span class="sl-visually-hidden">“{term.headword}”</span>
                  </button>
                  <button
                    type="button"
                    id={`delete-${term.slug}`}
                    class="sl-button-secondary"
                    onClick={() => {
                      setConfirming(term.slug);
                      focusById(`confirm-${term.slug}`);
                    }}
                  >
                    Delete <span class="sl-visually-hidden">“{term.headword}”</span>
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <LocalTermForm
        key={editing?.slug ?? 'new'}
        editing={editing}
        terms={terms}
        glossary={glossary}
        onSave={saveTerm}
        onCancel={
          editing
            ? () => {
                const slug = editing.slug;
                setEditing(undefined);
                focusById(`edit-${slug}`);
              }
            : undefined
        }
      />
    </section>
  );
}
