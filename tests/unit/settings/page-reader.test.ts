import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults';
import { settingsInPageFrom } from '../../../lib/settings/page-reader';
import { checkSettings } from '../../../lib/settings/store';

// The content script's settings, read without zod: what it cannot take as it is goes to the background.

const purple = { ...DEFAULT_SETTINGS, marks: { ...DEFAULT_SETTINGS.marks, colours: 'purple' as const } };

describe('the settings as the content script reads them, from both stored copies', () => {
  let asked: unknown[];

  beforeEach(() => {
    fakeBrowser.reset();
    asked = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { stored: unknown }) => {
      asked.push(message);
      return (await checkSettings(message.stored)) ?? null;
    }) as never);
  });

  it('takes the synced copy in canonical form as it is, without asking the background', async () => {
    expect(await settingsInPageFrom({ local: undefined, synced: purple })).toEqual(purple);
    expect(asked).toEqual([]);
  });

  it('asks the background about a copy in another form, and uses its verdict', async () => {
    const untidy = { ...purple, sites: { off: [' Democracy.LEEDS.gov.uk '], added: [] } };
    expect(await settingsInPageFrom({ local: undefined, synced: untidy })).toEqual({
      ...purple,
      sites: { off: ['democracy.leeds.gov.uk'], added: [] },
    });
    expect(asked).toEqual([{ type: 'check-settings', stored: untidy }]);
  });

  it('falls back to the defaults when the background finds the stored copy damaged', async () => {
    expect(await settingsInPageFrom({ local: undefined, synced: { sites: 'nonsense' } })).toEqual(DEFAULT_SETTINGS);
  });

  it('prefers a valid local copy to the synced one', async () => {
    expect(await settingsInPageFrom({ local: purple, synced: DEFAULT_SETTINGS })).toEqual(purple);
  });

  it('passes over a local copy the background finds damaged, to the synced one', async () => {
    expect(await settingsInPageFrom({ local: { sites: 'nonsense' }, synced: purple })).toEqual(purple);
    expect(asked).toEqual([{ type: 'check-settings', stored: { sites: 'nonsense' } }]);
  });

  it('uses the defaults when neither copy is stored', async () => {
    expect(await settingsInPageFrom({ local: undefined, synced: undefined })).toEqual(DEFAULT_SETTINGS);
  });
});

describe('the settings as the content script reads them, when the background does not answer', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Extension context invalidated.'));
  });

  it('uses the defaults for a copy it cannot have checked, rather than failing', async () => {
    const untidy = { ...purple, sites: { off: [' Democracy.LEEDS.gov.uk '], added: [] } };
    expect(await settingsInPageFrom({ local: undefined, synced: untidy })).toEqual(DEFAULT_SETTINGS);
  });
});
