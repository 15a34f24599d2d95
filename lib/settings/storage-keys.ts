/**
 * Where the settings are kept: the synced copy, and the local one written only
 * when sync refused them. Their own module so the gate (entrypoints/content)
 * can read them without loading WXT's storage.
 */
export const SYNCED_SETTINGS_KEY = 'settings';
export const LOCAL_SETTINGS_KEY = 'settingsFallback';
