import { type SettingsCheck, settingsFromCopies } from './from-copies';
import { localSettings, syncedSettings } from './items';
import type { Settings } from './schema';

export type { SettingsCheck } from './from-copies';

/** The settings: the local copy if it holds valid ones (it is written only when sync refused), else the synced copy. */
export async function readSettings(check: SettingsCheck): Promise<Settings> {
  return settingsFromCopies({ local: await localSettings.getValue(), synced: await syncedSettings.getValue() }, check);
}

/** Calls back with the current settings whenever either copy changes. Returns the unsubscribe function. */
export function watchStoredSettings(check: SettingsCheck, onChange: (settings: Settings) => void): () => void {
  const update = () => void readSettings(check).then(onChange);
  const stopSync = syncedSettings.watch(update);
  const stopLocal = localSettings.watch(update);
  return () => {
    stopSync();
    stopLocal();
  };
}
