// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../../components/options/OptionsApp';
import { loadLocalTerms, saveLocalTerms } from '../../../../lib/local-terms/store';
import { DEFAULT_SETTINGS } from '../../../../lib/settings/schema';
import { loadSettings, saveSettings } from '../../../../lib/settings/store';
import { exportText } from '../../../../lib/settings/transfer';
import { PLACE_BOARD, VIRTUAL_WARD } from '../../local-terms/fixtures';
import { exportOf, fileData, USED_SETTINGS } from '../../settings/fixtures';
import { storageSnapshot } from '../../settings/import-helpers';
import { answerPermissions } from '../../settings/permissions';
import { typeInto } from './helpers';

async function openOptions() {
  render(<OptionsApp glossaryTerms={[]} />);
  await screen.findByRole('heading', { name: 'Import and export' });
}

function chooseFile(text: string, name = 'settings.json') {
  const input = screen.getByLabelText('Choose a settings file');
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
}

function paste(text: string) {
  typeInto(screen.getByLabelText('Settings file text'), text);
  fireEvent.click(screen.getByRole('button', { name: 'Check the pasted text' }));
}

describe('Export', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(cleanup);

  it('shows the file it offers for download, holding the settings and the terms', async () => {
    await saveSettings(USED_SETTINGS);
    await saveLocalTerms([VIRTUAL_WARD]);
    await openOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Export settings and terms' }));
    const text = (screen.getByLabelText(/The exported file/) as HTMLTextAreaElement).value;
    const file = JSON.parse(text);
    expect(file).toMatchObject({
      format: 'scrutiny-lens-settings',
      version: 1,
      settings: USED_SETTINGS,
      localTerms: [VIRTUAL_WARD],
    });
    expect(
      screen.getByRole('link', { name: /^Download scrutiny-lens-settings-\d{4}-\d{2}-\d{2}\.json$/ }),
    ).toBeTruthy();
  });
});

describe('Import', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await saveSettings(DEFAULT_SETTINGS);
    await saveLocalTerms([PLACE_BOARD]);
  });
  afterEach(cleanup);

  it('refuses a bad file, listing its problems, and changes nothing', async () => {
    await openOptions();
    const before = await storageSnapshot();
    const data = fileData();
    data.localTerms[0].link.url = 'http://example.org';
    chooseFile(JSON.stringify(data));
    expect(await screen.findByText('Nothing was imported')).toBeTruthy();
    expect(screen.getByText(/localTerms › #1 “Virtual ward” › link\.url: must start with https:\/\//)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
    expect(await storageSnapshot()).toEqual(before);
  });

  it('refuses a file over 1 MB before reading it', async () => {
    await openOptions();
    chooseFile('x'.repeat(1_500_000), 'huge.json');
    expect(await screen.findByText(/The file is 1\.5 MB; a settings file is at most 1\.0 MB/)).toBeTruthy();
  });

  it('shows markup in a bad file as text, never as markup', async () => {
    await openOptions();
    const data = fileData();
    data.localTerms[0].headword = '<img src=x onerror="globalThis.hacked=1">';
    paste(JSON.stringify(data));
    expect(
      await screen.findByText(/^localTerms › #1 “<img src=x onerror="globalThis\.hacked=1">” › headword/),
    ).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });

  it('shows what a merge will do, reporting duplicates, before anything changes', async () => {
    await openOptions();
    paste(exportText(exportOf(USED_SETTINGS, [VIRTUAL_WARD, PLACE_BOARD])));
    const preview = (await screen.findByText('The file is ready to import')).closest('div') as HTMLElement;
    expect(within(preview).getByText('Virtual ward')).toBeTruthy();
    expect(within(preview).getByText('Terms you already have (not doubled)')).toBeTruthy();
    expect(await loadLocalTerms()).toEqual([PLACE_BOARD]);
  });

  it('merges on Import: the file’s terms join the user’s without doubling', async () => {
    await openOptions();
    paste(exportText(exportOf({ ...USED_SETTINGS, sites: { off: [], added: [] } }, [VIRTUAL_WARD, PLACE_BOARD])));
    fireEvent.click(await screen.findByRole('button', { name: 'Import' }));
    await waitFor(async () => expect(await loadLocalTerms()).toEqual([PLACE_BOARD, VIRTUAL_WARD]));
    expect((await loadSettings()).marks).toEqual(DEFAULT_SETTINGS.marks);
  });

  it('replaces everything when asked to', async () => {
    await openOptions();
    paste(exportText(exportOf({ ...USED_SETTINGS, sites: { off: [], added: [] } }, [VIRTUAL_WARD])));
    fireEvent.click(await screen.findByRole('radio', { name: 'Replace everything' }));
    expect(screen.getByText('Your terms deleted (not in the file)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(async () => expect(await loadLocalTerms()).toEqual([VIRTUAL_WARD]));
    expect((await loadSettings()).marks).toEqual(USED_SETTINGS.marks);
  });

  it('asks for access to the file’s new sites within the Import click', async () => {
    const request = answerPermissions('request', true);
    await openOptions();
    paste(exportText(exportOf(USED_SETTINGS, [])));
    fireEvent.click(await screen.findByRole('button', { name: 'Import' }));
    expect(request).toHaveBeenCalledWith({
      origins: ['https://www.healthwatchleeds.co.uk/*', 'http://www.healthwatchleeds.co.uk/*'],
    });
    await waitFor(async () => expect((await loadSettings()).sites.added).toEqual(['www.healthwatchleeds.co.uk']));
  });
});

describe('Reset', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    answerPermissions('remove', true);
    await saveSettings(USED_SETTINGS);
    await saveLocalTerms([VIRTUAL_WARD]);
  });
  afterEach(cleanup);

  it('says what will be lost and changes nothing until confirmed', async () => {
    await openOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    expect(screen.getByText(/removes 1 site you added .* and deletes 1 term of your own/)).toBeTruthy();
    fireEvent.click(
      within(screen.getByRole('group', { name: /This switches every setting back/ })).getByRole('button', {
        name: 'Cancel',
      }),
    );
    expect(await loadSettings()).toEqual(USED_SETTINGS);
    expect(await loadLocalTerms()).toEqual([VIRTUAL_WARD]);
  });

  it('puts everything back to the defaults once confirmed', async () => {
    await openOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, reset everything' }));
    await waitFor(async () => expect(await loadSettings()).toEqual(DEFAULT_SETTINGS));
    expect(await loadLocalTerms()).toEqual([]);
    expect(await screen.findByText(/Everything is back to the defaults/)).toBeTruthy();
  });
});
