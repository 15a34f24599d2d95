import { isCanonicalSettings } from './canonical';
import { DEFAULT_SETTINGS } from './defaults';
import { localSettings, syncedSettings } from './items';
import type { Settings } from './schema';

/**
 * What a stored copy of the settings holds once checked: the settings, or
 * undefined if it is not valid. Settings already in the form the schema
 * returns need no check; anything else (an old shape, a hand-edited value,
 * damage) goes to `check`, which runs the schema where zod is loaded and, in
 * the content script, asks the background to.
 */
export type SettingsCheck = (stored: unknown) => Promise<Settings | undefined>;

async function valid(value: unknown, check: SettingsCheck): Promise<Settings | undefined> {
  // Nothing stored (the local copy is usually absent): nothing to check.
  if (value === null || value === undefined) return undefined;
  if (isCanonicalSettings(value)) return value;
  return check(value);
}

/** The settings: the local copy if it holds valid ones (it is written only when sync refused), else the synced copy. */
export async function readSettings(check: SettingsCheck): Promise<Settings> {
  const local = await valid(await localSettings.getValue(), check);
  if (local) return local;
  return (await valid(await syncedSettings.getValue(), check)) ?? DEFAULT_SETTINGS;
}

/** The same choice as `readSettings`, from both copies as already read from storage. */
export async function settingsFromCopies(
  copies: { local: unknown; synced: unknown },
  check: SettingsCheck,
): Promise<Settings> {
  return (await valid(copies.local, check)) ?? (await valid(copies.synced, check)) ?? DEFAULT_SETTINGS;
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
