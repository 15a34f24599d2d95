import { LETTERS, letterOf } from '@/components/search/browse';
import type { Term } from '@/lib/glossary/schema';

interface Props {
  terms: readonly Term[];
  onJump: (term: Term) => void;
}

/** A–Z: moves the list to the first term under a letter. Letters with no terms are shown but cannot be chosen. */
export function LetterJump({ terms, onJump }: Props) {
  const firstByLetter = new Map<string, Term>();
  for (const term of terms) if (!firstByLetter.has(letterOf(term))) firstByLetter.set(letterOf(term), term);
  return (
    <nav class="sl-az" aria-label="Jump to letter">
      {LETTERS.map((letter) => {
        const first = firstByLetter.get(letter);
        return (
          <button
            key={letter}
            type="button"
            class="sl-az__letter"
            disabled={!first}
            aria-label={first ? `Terms starting with ${letter}` : `No terms starting with ${letter}`}
            onClick={() => first && onJump(first)}
          >
            {letter}
          </button>
        );
      })}
    </nav>
  );
}
