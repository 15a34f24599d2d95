import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '@/lib/settings/schema';
import { loadSettings, type SaveOutcome, saveSettings, watchSettings } from '@/lib/settings/store';

export interface SettingsBinding {
  /** Undefined until the first read from storage. */
  settings: Settings | undefined;
  /** Applies `change` to the latest settings and saves; the popup sees it through storage. */
  update(change: (settings: Settings) => Settings): Promise<SaveOutcome | undefined>;
  /** Where the last save went; `stored: 'local'` means sync refused, and the page says so. */
  outcome: SaveOutcome | undefined;
}

/** The stored settings, kept in step with every other page (the popup) through storage. */
export function useSettings(): SettingsBinding {
  const [settings, setSettings] = useState<Settings>();
  const [outcome, setOutcome] = useState<SaveOutcome>();
  const latest = useRef<Settings>(undefined);

  useEffect(() => {
    let live = true;
    const accept = (next: Settings) => {
      if (!live) return;
      latest.current = next;
      setSettings(next);
    };
    void loadSettings().then(accept);
    const stop = watchSettings(accept);
    return () => {
      live = false;
      stop();
    };
  }, []);

  const update = useCallback(async (change: (settings: Settings) => Settings) => {
    const base = latest.current ?? (await loadSettings());
    const next = change(base);
    latest.current = next;
    setSettings(next);
    const saved = await saveSettings(next);
    setOutcome(saved);
    return saved;
  }, []);

  return { settings, update, outcome };
}
