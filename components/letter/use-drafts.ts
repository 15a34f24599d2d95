import { useCallback, useEffect, useState } from 'preact/hooks';
import { type LetterDraft, listDrafts, watchDrafts } from '@/lib/letters/drafts';

/** Every saved draft, most recent first, kept current across tabs. */
export function useDrafts() {
  const [drafts, setDrafts] = useState<LetterDraft[]>([]);
  const [loaded, setLoaded] = useState(false);

  const refresh = useCallback(async () => {
    setDrafts(await listDrafts());
    setLoaded(true);
  }, []);

  useEffect(() => {
    void refresh();
    return watchDrafts(setDrafts);
  }, [refresh]);

  return { drafts, loaded, refresh };
}
