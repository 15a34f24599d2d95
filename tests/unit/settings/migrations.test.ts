import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { missingMigrations, runMigrations } from '../../../lib/settings/migrate';
import { settingsSchema } from '../../../lib/settings/schema';
import { loadSettings, localSettings, syncedSettings } from '../../../lib/settings/store';
import { checkImportValue, EXPORT_VERSION, exportMigrations } from '../../../lib/settings/transfer';
import { SETTINGS_VERSION, settingsMigrations } from '../../../lib/settings/versions';
import { EXPORT_FIXTURES, SETTINGS_FIXTURES } from './fixtures';

const versionsUpTo = (current: number) => Array.from({ length: current }, (_, i) => i + 1);

describe('settings storage versions', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('has a step to every version after the first', () => {
    expect(missingMigrations(SETTINGS_VERSION, settingsMigrations)).toEqual([]);
  });

  it('keeps a fixture of every version, so each migration is tested', () => {
    expect(Object.keys(SETTINGS_FIXTURES).map(Number)).toEqual(versionsUpTo(SETTINGS_VERSION));
  });

  it.each(versionsUpTo(SETTINGS_VERSION))('brings version %i up to date without losing anything', (version) => {
    const migrated = runMigrations(
      structuredClone(SETTINGS_FIXTURES[version]),
      version,
      SETTINGS_VERSION,
      settingsMigrations,
    );
    expect(settingsSchema.safeParse(migrated).success).toBe(true);
  });

  it.each(versionsUpTo(SETTINGS_VERSION))(
    'migrates version %i in the sync area through WXT storage',
    async (version) => {
      await fakeBrowser.storage.sync.set({ settings: SETTINGS_FIXTURES[version], settings$: { v: version } });
      await syncedSettings.migrate();
      expect(await fakeBrowser.storage.sync.get('settings$')).toEqual({ settings$: { v: SETTINGS_VERSION } });
      expect(settingsSchema.parse(await loadSettings())).toEqual(
        runMigrations(SETTINGS_FIXTURES[version], version, SETTINGS_VERSION, settingsMigrations),
      );
    },
  );

  it.each(versionsUpTo(SETTINGS_VERSION))('migrates version %i kept in the local fallback too', async (version) => {
    await fakeBrowser.storage.local.set({
      settingsFallback: SETTINGS_FIXTURES[version],
      settingsFallback$: { v: version },
    });
    await localSettings.migrate();
    expect(settingsSchema.safeParse(await localSettings.getValue()).success).toBe(true);
  });

  it('reads settings stored before versions were recorded as version 1', async () => {
    await fakeBrowser.storage.sync.set({ settings: SETTINGS_FIXTURES[1] });
    await syncedSettings.migrate();
    expect(await loadSettings()).toEqual(SETTINGS_FIXTURES[1]);
  });
});

describe('settings file versions', () => {
  it('has a step to every version after the first', () => {
    expect(missingMigrations(EXPORT_VERSION, exportMigrations)).toEqual([]);
  });

  it('keeps a fixture of every version', () => {
    expect(Object.keys(EXPORT_FIXTURES).map(Number)).toEqual(versionsUpTo(EXPORT_VERSION));
  });

  it.each(versionsUpTo(EXPORT_VERSION))('imports a version %i file', (version) => {
    expect(checkImportValue(structuredClone(EXPORT_FIXTURES[version])).ok).toBe(true);
  });
});

describe('running migrations', () => {
  const steps = {
    2: (v: { n: number }) => ({ n: v.n + 1, two: true }),
    3: (v: { n: number }) => ({ ...v, n: v.n * 10 }),
  };

  it('applies each step from the stored version up to the current one, in order', () => {
    expect(runMigrations({ n: 1 }, 1, 3, steps)).toEqual({ n: 20, two: true });
    expect(runMigrations({ n: 1 }, 2, 3, steps)).toEqual({ n: 10 });
  });

  it('leaves a value at the current version as it is', () => {
    expect(runMigrations({ n: 1 }, 3, 3, steps)).toEqual({ n: 1 });
  });

  it('refuses to go backwards or to skip a missing step', () => {
    expect(() => runMigrations({}, 4, 3, steps)).toThrow(/cannot migrate from version 4/);
    expect(() => runMigrations({}, 1, 4, steps)).toThrow(/no migration to version 4/);
  });
});
