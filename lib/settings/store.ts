import { settingsFromCopies } from './from-copies';
import { localSettings, syncedSettings } from './items';
import { type Settings, settingsSchema } from './schema';

export { localSettings, syncedSettings } from './items';

/** The schema's verdict on a stored copy of the settings. */
export async function checkSettings(stored: unknown): Promise<Settings | undefined> {
  const parsed = settingsSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

/** The settings: the local copy if it holds valid ones (it is written only when sync refused), else the synced copy. */
export async function loadSettings(): Promise<Settings> {
  return settingsFromCopies(
    { local: await localSettings.getValue(), synced: await syncedSettings.getValue() },
    checkSettings,
  );
}

export type SaveOutcome = { stored: 'sync' } | { stored: 'local'; reason: string };

export async function saveSettings(settings: Settings): Promise<SaveOutcome> {
  const checked = settingsSchema.parse(settings);
  try {
    await syncedSettings.setValue(checked);
    await localSettings.removeValue();
    return { stored: 'sync' };
  } catch (error) {
    await localSettings.setValue(checked);
    const reason = error instanceof Error ? error.message : String(error);
    return { stored: 'local', reason };
  }
}

/** Calls back with the current settings whenever either copy changes. Returns the unsubscribe function. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const update = () => void loadSettings().then(onChange);
  const stopSync = syncedSettings.watch(update);
  const stopLocal = localSettings.watch(update);
  return () => {
    stopSync();
    stopLocal();
  };
}
