import { isCanonicalSettings } from './canonical';
import { DEFAULT_SETTINGS } from './defaults';
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

/**
 * The settings from both stored copies: the local copy if it holds valid ones
 * (it is written only when sync refused them), else the synced copy, else the
 * defaults. Apart from WXT's storage items (./items.ts), which read storage as
 * they are defined, so that the content script can use it without them.
 */
export async function settingsFromCopies(
  copies: { local: unknown; synced: unknown },
  check: SettingsCheck,
): Promise<Settings> {
  return (await valid(copies.local, check)) ?? (await valid(copies.synced, check)) ?? DEFAULT_SETTINGS;
}
