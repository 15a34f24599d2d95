import { useCallback, useEffect, useState } from 'preact/hooks';
import type { LocalTerm } from '@/lib/local-terms/schema';
import { loadLocalTerms, saveLocalTerms, watchLocalTerms } from '@/lib/local-terms/store';

export interface LocalTermsBinding {
  /** Undefined until the first read from storage. */
  terms: LocalTerm[] | undefined;
  /** Saves the whole collection; rejects, leaving storage as it was, if a rule is broken. */
  save(terms: LocalTerm[]): Promise<void>;
}

export function useLocalTerms(): LocalTermsBinding {
  const [terms, setTerms] = useState<LocalTerm[]>();

  useEffect(() => {
    let live = true;
    const accept = (next: LocalTerm[]) => live && setTerms(next);
    void loadLocalTerms().then(accept);
    const stop = watchLocalTerms(accept);
    return () => {
      live = false;
      stop();
    };
  }, []);

  const save = useCallback(async (next: LocalTerm[]) => {
    await saveLocalTerms(next);
    setTerms(next);
  }, []);

  return { terms, save };
}
