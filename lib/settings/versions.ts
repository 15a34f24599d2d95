import type { Migrations } from './migrate';

/**
 * The version of the stored settings shape (`settingsSchema`). To change the
 * shape: bump this, add the step that produces the new version below, and add
 * a fixture of the old shape to tests/unit/settings/fixtures.ts.
 */
export const SETTINGS_VERSION = 1;

export const settingsMigrations: Migrations = {};
