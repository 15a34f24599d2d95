import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadLocalTerms, saveLocalTerms } from '../../../lib/local-terms/store';
import { resetEverything } from '../../../lib/settings/reset';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { loadSettings, saveSettings } from '../../../lib/settings/store';
import { VIRTUAL_WARD } from '../local-terms/fixtures';
import { USED_SETTINGS } from './fixtures';
import { answerPermissions } from './permissions';

describe('reset', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    answerPermissions('remove', true);
    await saveSettings(USED_SETTINGS);
    await saveLocalTerms([VIRTUAL_WARD]);
  });

  it('brings back the default settings', async () => {
    await resetEverything();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('deletes the user’s own terms', async () => {
    await resetEverything();
    expect(await loadLocalTerms()).toEqual([]);
  });

  it('gives up access to the sites the user added', async () => {
    await resetEverything();
    expect(browser.permissions.remove).toHaveBeenCalledWith({
      origins: ['https://www.healthwatchleeds.co.uk/*', 'http://www.healthwatchleeds.co.uk/*'],
    });
  });
});
