// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../../components/options/OptionsApp';
import { DEFAULT_SETTINGS } from '../../../../lib/settings/schema';
import { loadSettings, saveSettings } from '../../../../lib/settings/store';
import { withSiteSwitched } from '../../../../lib/sites/policy';
import { answerPermissions } from '../../settings/permissions';
import { settle, typeInto } from './helpers';

async function openOptions() {
  render(<OptionsApp glossaryTerms={[]} />);
  await screen.findByRole('heading', { name: 'Sites' });
}

describe('the Sites section', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    answerPermissions('remove', true);
  });
  afterEach(cleanup);

  it('lists the three council and NHS patterns it works on without asking', async () => {
    await openOptions();
    for (const pattern of ['*://*.gov.uk/*', '*://*.nhs.uk/*', '*://*.moderngov.co.uk/*'])
      expect(screen.getByText(pattern)).toBeTruthy();
  });

  it('asks for access in the same moment as the submit, before anything is awaited', async () => {
    const request = answerPermissions('request', true);
    await openOptions();
    typeInto(screen.getByLabelText('Add a site'), 'https://www.healthwatchleeds.co.uk/news');
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    // No await between the click and this line: the request happened inside the gesture.
    expect(request).toHaveBeenCalledWith({
      origins: ['https://www.healthwatchleeds.co.uk/*', 'http://www.healthwatchleeds.co.uk/*'],
    });
    await waitFor(async () => expect((await loadSettings()).sites.added).toEqual(['www.healthwatchleeds.co.uk']));
    expect(await screen.findByRole('checkbox', { name: 'Mark pages on www.healthwatchleeds.co.uk' })).toHaveProperty(
      'checked',
      true,
    );
  });

  it('adds nothing when access is refused, and says so', async () => {
    answerPermissions('request', false);
    await openOptions();
    typeInto(screen.getByLabelText('Add a site'), 'www.healthwatchleeds.co.uk');
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    expect(
      await screen.findByText('Access to www.healthwatchleeds.co.uk was not granted, so it was not added'),
    ).toBeTruthy();
    expect((await loadSettings()).sites.added).toEqual([]);
  });

  it('says why a typed site cannot be added, tied to the field', async () => {
    const request = answerPermissions('request', true);
    await openOptions();
    const field = screen.getByLabelText('Add a site');
    typeInto(field, 'www.leeds.gov.uk');
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    const error = await screen.findByText(/is a council or NHS site: Scrutiny Lens already works there/);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain(error.closest('p')?.id);
    expect(request).not.toHaveBeenCalled();
  });

  it('removes an added site: gives up its access and drops it from settings', async () => {
    await saveSettings(withSiteSwitched(DEFAULT_SETTINGS, 'www.kingsfund.org.uk', true));
    await openOptions();
    fireEvent.click(await screen.findByRole('button', { name: 'Remove www.kingsfund.org.uk' }));
    await waitFor(async () => expect((await loadSettings()).sites.added).toEqual([]));
    expect(browser.permissions.remove).toHaveBeenCalledWith({
      origins: ['https://www.kingsfund.org.uk/*', 'http://www.kingsfund.org.uk/*'],
    });
  });

  it('offers a switch for each council or NHS host the user switched off', async () => {
    await saveSettings(withSiteSwitched(DEFAULT_SETTINGS, 'democracy.leeds.gov.uk', false));
    await openOptions();
    const toggle = await screen.findByRole('checkbox', { name: 'Mark pages on democracy.leeds.gov.uk' });
    expect(toggle).toHaveProperty('checked', false);
    fireEvent.click(toggle);
    await waitFor(async () => expect((await loadSettings()).sites.off).toEqual([]));
    // The switch stays where it was, now on, so keyboard focus is not lost.
    expect(screen.getByRole('checkbox', { name: 'Mark pages on democracy.leeds.gov.uk' })).toHaveProperty(
      'checked',
      true,
    );
  });

  it('switches off a council or NHS site typed in, and lists its switch', async () => {
    await openOptions();
    typeInto(
      screen.getByLabelText('Switch off a council or NHS site'),
      'https://democracy.leeds.gov.uk/ieListDocuments.aspx',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Switch off' }));
    await waitFor(async () => expect((await loadSettings()).sites.off).toEqual(['democracy.leeds.gov.uk']));
    expect(await screen.findByRole('checkbox', { name: 'Mark pages on democracy.leeds.gov.uk' })).toHaveProperty(
      'checked',
      false,
    );
  });

  it('keeps in step when the popup switches a site off', async () => {
    await openOptions();
    await saveSettings(withSiteSwitched(DEFAULT_SETTINGS, 'www.england.nhs.uk', false));
    await settle();
    expect(await screen.findByRole('checkbox', { name: 'Mark pages on www.england.nhs.uk' })).toHaveProperty(
      'checked',
      false,
    );
  });
});
