import type { ComponentChildren, Ref } from 'preact';
import { useEffect } from 'preact/hooks';
import type { Term } from '@/lib/glossary/schema';
import { TermSummaryLine } from './TermOption';

interface Props {
  /** Prefix for element ids. */
  id: string;
  label: string;
  query: string;
  onQueryChange: (query: string) => void;
  options: readonly Term[];
  /** The listbox's name: what the list is ("Glossary terms", "Search results"). */
  listLabel: string;
  /** The option the arrow keys have reached, by term id. */
  activeId: string | undefined;
  onActiveChange: (termId: string | undefined) => void;
  onChoose: (term: Term) => void;
  /** Shown in place of the list when there are no options. */
  empty: ComponentChildren;
  /** Controls placed between the search box and its list (filters, a result count). */
  between?: ComponentChildren;
  inputRef?: Ref<HTMLInputElement>;
}

export const optionId = (prefix: string, termId: string) => `${prefix}-option-${termId}`;

/**
 * A search box that drives a list of terms (the ARIA 1.2 combobox pattern):
 * focus stays in the box while the arrow keys move through the options, so
 * the reader can keep typing at any moment.
 */
export function TermCombobox({
  id,
  label,
  query,
  onQueryChange,
  options,
  listLabel,
  activeId,
  onActiveChange,
  onChoose,
  empty,
  between,
  inputRef,
}: Props) {
  const listId = `${id}-list`;
  const activeIndex = activeId ? options.findIndex((t) => t.id === activeId) : -1;
  const active = activeIndex >= 0 ? options[activeIndex] : undefined;

  useEffect(() => {
    if (!active) return;
    document.getElementById(optionId(id, active.id))?.scrollIntoView?.({ block: 'nearest' });
  }, [id, active]);

  const move = (to: number) => {
    if (!options.length) return;
    onActiveChange(options[Math.min(Math.max(to, 0), options.length - 1)].id);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        move(activeIndex + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        move(activeIndex < 0 ? options.length - 1 : activeIndex - 1);
        break;
      case 'Enter': {
        // Enter before any arrow key opens the best match: type, then Enter.
        const chosen = active ?? (query.trim() ? options[0] : undefined);
        if (chosen) {
          event.preventDefault();
          onChoose(chosen);
        }
        break;
      }
      case 'Escape':
        if (query) {
          // Clear the search rather than let the browser close the popup.
          event.preventDefault();
          event.stopPropagation();
          onQueryChange('');
        }
        break;
    }
  };

  return (
    <div class="sl-combobox">
      <label for={`${id}-input`} class="sl-combobox__label">
        {label}
      </label>
      <input
        id={`${id}-input`}
        ref={inputRef}
        type="text"
        role="combobox"
        class="sl-combobox__input"
        autocomplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-controls={listId}
        aria-expanded={options.length > 0 ? 'true' : 'false'}
        aria-activedescendant={active ? optionId(id, active.id) : undefined}
        value={query}
        onInput={(e) => onQueryChange(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      {between}
      {/* Always in the page so aria-controls points somewhere, even while empty. ARIA in HTML allows
          role=listbox on ul and role=option on li, which Biome's rules do not know. */}
      {/* biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: see above */}
      <ul id={listId} role="listbox" class="sl-combobox__list" aria-label={listLabel} hidden={!options.length}>
        {options.map((term) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input keeps focus and handles the keys.
          // biome-ignore lint/a11y/useFocusableInteractive: options are reached by aria-activedescendant, not focus.
          <li
            key={term.id}
            id={optionId(id, term.id)}
            // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: see above
            role="option"
            class="sl-option"
            aria-selected={term === active ? 'true' : 'false'}
            // Keep focus in the search box when an option is clicked.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onChoose(term)}
          >
            <TermSummaryLine term={term} />
          </li>
        ))}
      </ul>
      {!options.length && <div class="sl-combobox__empty">{empty}</div>}
    </div>
  );
}
