import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { loadSettings, localSettings, saveSettings, syncedSettings } from '../../../lib/settings/store';

describe('settings storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('starts from the defaults', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves to sync and reads back', async () => {
    const changed = { ...DEFAULT_SETTINGS, marks: { ...DEFAULT_SETTINGS.marks, density: 'every' as const } };
    expect(await saveSettings(changed)).toEqual({ stored: 'sync' });
    expect(await loadSettings()).toEqual(changed);
  });

  it('keeps settings in the local area, and says why, when sync refuses them', async () => {
    vi.spyOn(syncedSettings, 'setValue').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    const changed = { ...DEFAULT_SETTINGS, sites: { off: ['democracy.leeds.gov.uk'], added: [] } };
    expect(await saveSettings(changed)).toEqual({ stored: 'local', reason: 'QUOTA_BYTES_PER_ITEM quota exceeded' });
    expect(await localSettings.getValue()).toEqual(changed);
    expect(await loadSettings()).toEqual(changed);
  });

  it('refuses to save settings that break the schema, leaving the stored ones alone', async () => {
    const bad = { ...DEFAULT_SETTINGS, marks: { ...DEFAULT_SETTINGS.marks, density: 'sometimes' } };
    await expect(saveSettings(bad as never)).rejects.toThrow();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('falls back to the defaults when stored settings are damaged', async () => {
    await fakeBrowser.storage.sync.set({ settings: { sites: 'nonsense' } });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
