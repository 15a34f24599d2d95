// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../../components/options/OptionsApp';
import { syncedSettings } from '../../../../lib/settings/store';

describe('when sync refuses the settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(cleanup);

  it('says they are kept in this browser only, and why', async () => {
    vi.spyOn(syncedSettings, 'setValue').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    render(<OptionsApp glossaryTerms={[]} />);
    fireEvent.click(await screen.findByRole('radio', { name: 'Amber' }));
    const alert = await screen.findByText(
      /saved in this browser only, because sync refused them \(QUOTA_BYTES_PER_ITEM quota exceeded\)/,
    );
    expect(alert.closest('[role="alert"]')).toBeTruthy();
  });

  it('says nothing while sync accepts them', async () => {
    render(<OptionsApp glossaryTerms={[]} />);
    fireEvent.click(await screen.findByRole('radio', { name: 'Amber' }));
    await new Promise((r) => setTimeout(r, 10));
    expect(screen.queryByText(/saved in this browser only/)).toBeNull();
  });
});
