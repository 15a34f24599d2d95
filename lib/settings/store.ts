import { storage } from 'wxt/utils/storage';
import { isCanonicalSettings } from './canonical';
import { DEFAULT_SETTINGS, type Settings, settingsSchema } from './schema';
import { SETTINGS_VERSION, settingsMigrations } from './versions';

/**
 * Settings live in the sync area so they follow the user between browsers; if
 * sync refuses them (over quota, or sync unavailable) they are kept in the local
 * area instead and the options page says so. Reading prefers whichever copy was
 * written last.
 */
export const syncedSettings = /* @__PURE__ */ storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: settingsMigrations,
});

export const localSettings = /* @__PURE__ */ storage.defineItem<Settings | null>('local:settingsFallback', {
  fallback: null,
  version: SETTINGS_VERSION,
  migrations: settingsMigrations,
});

function valid(value: unknown): Settings | undefined {
  // Nothing stored (the local copy is usually absent): no need to build the schema to say so.
  if (value === null || value === undefined) return undefined;
  if (isCanonicalSettings(value)) return value;
  const parsed = settingsSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export async function loadSettings(): Promise<Settings> {
  const local = valid(await localSettings.getValue());
  if (local) return local;
  return valid(await syncedSettings.getValue()) ?? DEFAULT_SETTINGS;
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
