import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS } from './defaults';
import type { Settings } from './schema';
import { LOCAL_SETTINGS_KEY, SYNCED_SETTINGS_KEY } from './storage-keys';
import { SETTINGS_VERSION, settingsMigrations } from './versions';

/**
 * Settings live in the sync area so they follow the user between browsers; if
 * sync refuses them (over quota, or sync unavailable) they are kept in the local
 * area instead and the options page says so. Reading prefers whichever copy was
 * written last.
 */
export const syncedSettings = /* @__PURE__ */ storage.defineItem<Settings>(`sync:${SYNCED_SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: settingsMigrations,
});

export const localSettings = /* @__PURE__ */ storage.defineItem<Settings | null>(`local:${LOCAL_SETTINGS_KEY}`, {
  fallback: null,
  version: SETTINGS_VERSION,
  migrations: settingsMigrations,
});
