import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { changesLensReads, lensReads, readForLens, watchLensReads } from '../../../lib/content/lens-reads';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults';
import { SETTINGS_VERSION } from '../../../lib/settings/versions';

// What the gate reads for the lens while the browser injects it: the stored values as they are, or
// nothing when the lens must read them itself through WXT's items, which migrate.

const ownTerm = { id: 'local-pcn', headword: 'PCN', definition: 'Primary care network.' };

describe('the reads the gate starts for the lens', () => {
  beforeEach(() => fakeBrowser.reset());

  it('holds both copies of the settings and the user’s own terms, as stored', async () => {
    await fakeBrowser.storage.sync.set({ settings: DEFAULT_SETTINGS });
    await fakeBrowser.storage.local.set({ settingsFallback: { damaged: true }, localTerms: [ownTerm] });
    expect(await readForLens()).toEqual({
      settings: { local: { damaged: true }, synced: DEFAULT_SETTINGS },
      localTerms: [ownTerm],
    });
  });

  it('holds nothing but empty places when nothing is stored', async () => {
    expect(await readForLens()).toEqual({ settings: { local: undefined, synced: undefined }, localTerms: undefined });
  });

  it('takes a copy stored with this build’s version', async () => {
    await fakeBrowser.storage.sync.set({ settings: DEFAULT_SETTINGS, settings$: { v: SETTINGS_VERSION } });
    expect((await readForLens())?.settings.synced).toEqual(DEFAULT_SETTINGS);
  });

  it('leaves the reading to the lens when a copy was stored by another version', async () => {
    await fakeBrowser.storage.sync.set({ settings: DEFAULT_SETTINGS, settings$: { v: SETTINGS_VERSION + 1 } });
    expect(await readForLens()).toBeUndefined();
  });

  it('leaves the reading to the lens when the user’s own terms were stored by another version', async () => {
    await fakeBrowser.storage.local.set({ localTerms: [ownTerm], localTerms$: { v: 0 } });
    expect(await readForLens()).toBeUndefined();
  });

  it('leaves the reading to the lens when storage does not answer', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValueOnce(new Error('sync is unavailable'));
    expect(await readForLens()).toBeUndefined();
  });
});

describe('which storage changes make the reads begun for the lens stale', () => {
  it('a change to either copy of the settings, or to the user’s own terms', () => {
    expect(changesLensReads({ settings: {} }, 'sync')).toBe(true);
    expect(changesLensReads({ settingsFallback: {} }, 'local')).toBe(true);
    expect(changesLensReads({ localTerms: {} }, 'local')).toBe(true);
  });

  it('a change to the version stored beside one of them, as a migration writes', () => {
    expect(changesLensReads({ settings$: {} }, 'sync')).toBe(true);
    expect(changesLensReads({ localTerms$: {} }, 'local')).toBe(true);
  });

  it('not a change to anything else, nor to a key of the same name in another area', () => {
    expect(changesLensReads({ letterDrafts: {} }, 'local')).toBe(false);
    expect(changesLensReads({ settings: {} }, 'local')).toBe(false);
    expect(changesLensReads({ localTerms: {} }, 'sync')).toBe(false);
    expect(changesLensReads({ settings: {} }, 'session')).toBe(false);
  });
});

describe('what the lens reads, when the gate has not read it', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is what is stored, read directly, without asking the background', async () => {
    const ask = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    await fakeBrowser.storage.sync.set({ settings: DEFAULT_SETTINGS });
    expect((await lensReads()).settings.synced).toEqual(DEFAULT_SETTINGS);
    expect(ask).not.toHaveBeenCalled();
  });

  it('is the background’s reading when a copy was stored by another version', async () => {
    await fakeBrowser.storage.sync.set({ settings: { old: true }, settings$: { v: SETTINGS_VERSION + 1 } });
    const background = { settings: { local: undefined, synced: DEFAULT_SETTINGS }, localTerms: [] };
    const ask = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(background as never);
    expect(await lensReads()).toEqual(background);
    expect(ask).toHaveBeenCalledWith({ type: 'read-for-lens' });
  });

  it('is nothing stored when the background does not answer either, so that the lens starts from the defaults', async () => {
    await fakeBrowser.storage.sync.set({ settings: { old: true }, settings$: { v: SETTINGS_VERSION + 1 } });
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Extension context invalidated.'));
    expect(await lensReads()).toEqual({ settings: { local: undefined, synced: undefined }, localTerms: undefined });
  });
});

describe('watching what the lens reads', () => {
  beforeEach(() => fakeBrowser.reset());

  it('tells a change to either copy of the settings from a change to the user’s own terms, and ignores the rest', async () => {
    const heard: string[] = [];
    const stop = watchLensReads({ settings: () => heard.push('settings'), localTerms: () => heard.push('terms') });
    await fakeBrowser.storage.sync.set({ settings: DEFAULT_SETTINGS });
    await fakeBrowser.storage.local.set({ settingsFallback: DEFAULT_SETTINGS });
    await fakeBrowser.storage.local.set({ localTerms: [ownTerm] });
    await fakeBrowser.storage.local.set({ letterDrafts: [] });
    stop();
    await fakeBrowser.storage.sync.set({ settings: DEFAULT_SETTINGS });
    expect(heard).toEqual(['settings', 'settings', 'terms']);
  });
});
