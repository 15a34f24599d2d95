import { useEffect, useRef, useState } from 'preact/hooks';
import type { FindState } from './find-controller';

interface Props {
  state: FindState | undefined;
  initialQuery: string;
  onSearch(query: string): void;
  onStep(direction: 1 | -1): void;
  onClose(): void;
}

function countText(state: FindState | undefined): string {
  if (!state?.query.trim()) return '';
  if (!state.count) return state.complete ? 'Not found' : 'Searching…';
  const position = state.index >= 0 ? `${state.index + 1} of ` : '';
  return `${position}${state.count}${state.complete ? '' : '+'}`;
}

/** Our find bar: Ctrl+F opens it, Enter and Shift+Enter step through hits, Escape closes it. */
export function FindBar({ state, initialQuery, onSearch, onStep, onClose }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState(initialQuery);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  useEffect(() => {
    const timer = setTimeout(() => onSearch(query), 150);
    return () => clearTimeout(timer);
  }, [query, onSearch]);

  return (
    <search class="sl-findbar" aria-label="Find in document">
      <label class="sl-visually-hidden" for="sl-find">
        Find in document
      </label>
      <input
        ref={input}
        id="sl-find"
        type="search"
        value={query}
        placeholder="Find in document"
        onInput={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onStep(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            onClose();
          }
        }}
      />
      <span class="sl-findbar__count" role="status" aria-live="polite">
        {countText(state)}
      </span>
      <button type="button" class="sl-button" aria-label="Previous match" onClick={() => onStep(-1)}>
        ↑
      </button>
      <button type="button" class="sl-button" aria-label="Next match" onClick={() => onStep(1)}>
        ↓
      </button>
      <button type="button" class="sl-button" aria-label="Close find" onClick={onClose}>
        ✕
      </button>
    </search>
  );
}
