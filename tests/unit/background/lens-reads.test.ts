import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readForLensHere } from '../../../entrypoints/background/lens-reads';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults';

// The background's answer to a lens that found a copy written by another version: what its storage items read.

const ownTerm = { id: 'local-pcn', headword: 'PCN', definition: 'Primary care network.' };

describe('what the background reads for the lens', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is both copies of the settings and the user’s own terms, as the storage items give them', async () => {
    await fakeBrowser.storage.local.set({ settingsFallback: DEFAULT_SETTINGS, localTerms: [ownTerm] });
    expect(await readForLensHere()).toEqual({
      settings: { local: DEFAULT_SETTINGS, synced: DEFAULT_SETTINGS },
      localTerms: [ownTerm],
    });
  });

  it('gives the items’ fallbacks where nothing is stored: no local copy, the default settings, no terms', async () => {
    expect(await readForLensHere()).toEqual({
      settings: { local: null, synced: DEFAULT_SETTINGS },
      localTerms: [],
    });
  });
});
