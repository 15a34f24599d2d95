import type { Migrations } from '../settings/migrate';

/**
 * The version of the stored local terms shape (`localTermSchema`). To change
 * the shape: bump this, add the step that produces the new version below, and
 * add a fixture of the old shape to tests/unit/local-terms/fixtures.ts.
 */
export const LOCAL_TERMS_VERSION = 1;

export const localTermsMigrations: Migrations = {};
