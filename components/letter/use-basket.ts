import { useCallback, useEffect, useState } from 'preact/hooks';
import { type BasketEntry, listQuestions, watchBasket } from '@/lib/letters/drafts';

/**
 * The questions basket, kept current: questions added from a card in another
 * tab appear here while the letter is open.
 */
export function useBasket(initial?: BasketEntry[]) {
  const [entries, setEntries] = useState<BasketEntry[]>(initial ?? []);
  const [loaded, setLoaded] = useState(initial !== undefined);

  const refresh = useCallback(async () => {
    const list = await listQuestions();
    setEntries(list);
    setLoaded(true);
  }, []);

  useEffect(() => {
    if (initial === undefined) void refresh();
    return watchBasket(setEntries);
  }, [refresh]);

  return { entries, loaded, refresh };
}
