import { useEffect, useState } from 'preact/hooks';
import { listQuestions, watchBasket } from '@/lib/letters/drafts';

/** How many questions are waiting for a letter, kept up to date while the popup is open. */
export function useBasketCount(): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    void listQuestions()
      .then((questions) => setCount(questions.length))
      .catch(() => setCount(0));
    return watchBasket((questions) => setCount(questions.length));
  }, []);
  return count;
}
