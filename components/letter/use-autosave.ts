import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { saveDraft } from '@/lib/letters/drafts';
import { createAutosaver } from './autosave';

/** How long typing must pause before the draft is written. */
export const AUTOSAVE_DELAY_MS = 500;

/** The part of a draft that the builder changes. */
export interface DraftSnapshot {
  templateId: string;
  values: Record<string, string | string[]>;
  includeParagraphs: string[];
  questionIds: string[];
}

export type SaveState = { kind: 'idle' } | { kind: 'saved'; at: number } | { kind: 'error'; message: string };

export interface AutosaveOptions {
  /** The draft being edited; none for a letter not yet saved. */
  draftId?: string;
  /** The name a new draft is given. */
  newName: string;
  /** Called once, when a new letter is first saved. */
  onCreated?(draftId: string): void;
}

/**
 * Keeps the draft in storage in step with the builder. The letter as opened
 * counts as saved, so opening a draft (or a blank template) writes nothing;
 * the first real change creates the draft. Leaving the page saves at once.
 */
export function useDraftAutosave(snapshot: DraftSnapshot, options: AutosaveOptions) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [draftId, setDraftId] = useState(options.draftId);
  const idRef = useRef(options.draftId);
  const latest = useRef(options);
  latest.current = options;
  const json = JSON.stringify(snapshot);
  const lastScheduled = useRef(json);

  const saver = useMemo(
    () =>
      createAutosaver<DraftSnapshot>({
        delay: AUTOSAVE_DELAY_MS,
        save: async (snap) => {
          const isNew = idRef.current === undefined;
          const saved = await saveDraft({
            ...snap,
            id: idRef.current,
            ...(isNew ? { name: latest.current.newName } : {}),
          });
          idRef.current = saved.id;
          if (isNew) {
            setDraftId(saved.id);
            latest.current.onCreated?.(saved.id);
          }
          setState({ kind: 'saved', at: saved.updatedAt });
        },
        onError: (e) => setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) }),
      }),
    [],
  );

  useEffect(() => {
    if (json === lastScheduled.current) return;
    lastScheduled.current = json;
    saver.schedule(JSON.parse(json) as DraftSnapshot);
  }, [json, saver]);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void saver.flush();
    };
    const onPageHide = () => void saver.flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      void saver.flush();
    };
  }, [saver]);

  return { state, draftId, flush: saver.flush };
}
