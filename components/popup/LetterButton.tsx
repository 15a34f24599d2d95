interface Props {
  count: number;
  onWrite: () => void;
}

export function questionsGathered(count: number): string {
  if (count === 0) return 'No questions gathered yet';
  return count === 1 ? '1 question gathered' : `${count} questions gathered`;
}

/** Opens the letter builder, saying how many questions are waiting for it. */
export function LetterButton({ count, onWrite }: Props) {
  return (
    <div class="sl-letter">
      <button type="button" class="sl-button" aria-describedby="sl-letter-count" onClick={onWrite}>
        Write a letter
      </button>
      <span id="sl-letter-count" class="sl-letter__count">
        {questionsGathered(count)}
      </span>
    </div>
  );
}
