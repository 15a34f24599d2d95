import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadLocalTerms, saveLocalTerms } from '../../../lib/local-terms/store';
import { applyImport } from '../../../lib/settings/apply-import';
import { hostsNeedingAccess, planImport } from '../../../lib/settings/import-plan';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/schema';
import { loadSettings, saveSettings, syncedSettings } from '../../../lib/settings/store';
import { PLACE_BOARD, VIRTUAL_WARD } from '../local-terms/fixtures';
import { exportOf, USED_SETTINGS } from './fixtures';
import { answerPermissions } from './permissions';

const MINE: Settings = {
  ...DEFAULT_SETTINGS,
  sites: { off: ['www.england.nhs.uk'], added: ['www.kingsfund.org.uk'] },
  marks: { ...DEFAULT_SETTINGS.marks, colours: 'purple' },
};

describe('planning an import', () => {
  it('merge adds the file’s sites and terms to mine and keeps my mark choices', () => {
    const plan = planImport(
      { settings: MINE, localTerms: [PLACE_BOARD] },
      exportOf(USED_SETTINGS, [VIRTUAL_WARD]),
      'merge',
    );
    expect(plan.settings).toEqual({
      ...MINE,
      sites: {
        off: ['www.england.nhs.uk', 'democracy.leeds.gov.uk'],
        added: ['www.kingsfund.org.uk', 'www.healthwatchleeds.co.uk'],
      },
    });
    expect(plan.localTerms).toEqual([PLACE_BOARD, VIRTUAL_WARD]);
    expect(plan.report).toMatchObject({ termsAdded: ['Virtual ward'], sitesAdded: ['www.healthwatchleeds.co.uk'] });
  });

  it('replace makes settings and terms exactly the file’s, and lists what goes', () => {
    const plan = planImport(
      { settings: MINE, localTerms: [PLACE_BOARD] },
      exportOf(USED_SETTINGS, [VIRTUAL_WARD]),
      'replace',
    );
    expect(plan.settings).toEqual(USED_SETTINGS);
    expect(plan.localTerms).toEqual([VIRTUAL_WARD]);
    expect(plan.report).toMatchObject({ termsRemoved: ['Place board'], sitesRemoved: ['www.kingsfund.org.uk'] });
  });

  it('merge reports a term I already have instead of doubling it', () => {
    const plan = planImport({ settings: MINE, localTerms: [VIRTUAL_WARD] }, exportOf(MINE, [VIRTUAL_WARD]), 'merge');
    expect(plan.localTerms).toEqual([VIRTUAL_WARD]);
    expect(plan.report.termsAlreadyThere).toEqual(['Virtual ward']);
    expect(plan.report.termsAdded).toEqual([]);
  });

  it('merge keeps my version of a term the file has changed, and says so', () => {
    const theirs = { ...VIRTUAL_WARD, definition: 'A different definition.' };
    const plan = planImport({ settings: MINE, localTerms: [VIRTUAL_WARD] }, exportOf(MINE, [theirs]), 'merge');
    expect(plan.localTerms).toEqual([VIRTUAL_WARD]);
    expect(plan.report.termsSkipped).toEqual([
      { headword: 'Virtual ward', reason: expect.stringMatching(/different version.*yours is kept/) },
    ]);
  });

  it('merge skips a term whose wording one of mine already claims, and says which', () => {
    const rival = { ...PLACE_BOARD, slug: 'home-hospital', headword: 'Home hospital', acronyms: ['VW'] };
    const plan = planImport({ settings: MINE, localTerms: [VIRTUAL_WARD] }, exportOf(MINE, [rival]), 'merge');
    expect(plan.localTerms).toEqual([VIRTUAL_WARD]);
    expect(plan.report.termsSkipped).toEqual([
      { headword: 'Home hospital', reason: '“VW” is already your term “Virtual ward”, which is kept' },
    ]);
  });

  it('asks for access only to added sites I do not have yet', () => {
    expect(
      hostsNeedingAccess(
        MINE,
        exportOf({ ...USED_SETTINGS, sites: { off: [], added: ['www.kingsfund.org.uk', 'new.example.org'] } }),
      ),
    ).toEqual(['new.example.org']);
  });
});

describe('applying an import', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    answerPermissions('remove', true);
    await saveSettings(MINE);
    await saveLocalTerms([PLACE_BOARD]);
  });

  it('writes the merged settings and terms', async () => {
    await applyImport(exportOf(USED_SETTINGS, [VIRTUAL_WARD]), 'merge');
    expect((await loadSettings()).sites.added).toEqual(['www.kingsfund.org.uk', 'www.healthwatchleeds.co.uk']);
    expect(await loadLocalTerms()).toEqual([PLACE_BOARD, VIRTUAL_WARD]);
  });

  it('on replace, gives up access to added sites the file does not list', async () => {
    await applyImport(exportOf(USED_SETTINGS, [VIRTUAL_WARD]), 'replace');
    expect(browser.permissions.remove).toHaveBeenCalledWith({
      origins: ['https://www.kingsfund.org.uk/*', 'http://www.kingsfund.org.uk/*'],
    });
    expect(await loadSettings()).toEqual(USED_SETTINGS);
    expect(await loadLocalTerms()).toEqual([VIRTUAL_WARD]);
  });

  it('pauses imported sites whose access was refused, rather than dropping them', async () => {
    const result = await applyImport(exportOf(USED_SETTINGS), 'merge', { refused: ['www.healthwatchleeds.co.uk'] });
    expect(result.paused).toEqual(['www.healthwatchleeds.co.uk']);
    const { sites } = await loadSettings();
    expect(sites.added).toContain('www.healthwatchleeds.co.uk');
    expect(sites.off).toContain('www.healthwatchleeds.co.uk');
  });

  it('still imports when sync refuses the settings, and says they went to the local area', async () => {
    vi.spyOn(syncedSettings, 'setValue').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    const result = await applyImport(exportOf(USED_SETTINGS), 'replace');
    expect(result.saved).toEqual({ stored: 'local', reason: 'QUOTA_BYTES_PER_ITEM quota exceeded' });
    expect(await loadSettings()).toEqual(USED_SETTINGS);
  });

  it('plans against what storage holds now, not what the page last saw', async () => {
    await saveLocalTerms([PLACE_BOARD, VIRTUAL_WARD]);
    const result = await applyImport(exportOf(MINE, [VIRTUAL_WARD]), 'merge');
    expect(result.plan.report.termsAlreadyThere).toEqual(['Virtual ward']);
    expect(await loadLocalTerms()).toEqual([PLACE_BOARD, VIRTUAL_WARD]);
  });
});
