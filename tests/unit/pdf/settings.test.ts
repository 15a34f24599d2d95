import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_PDF_SETTINGS, loadPdfSettings, pdfSettingsItem, savePdfSettings } from '../../../lib/pdf/settings';

describe('PDF settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('do not open PDF links in the viewer until the reader asks', async () => {
    expect(await loadPdfSettings()).toEqual({ openPdfLinks: false });
  });

  it('save and read back', async () => {
    await savePdfSettings({ openPdfLinks: true });
    expect(await loadPdfSettings()).toEqual({ openPdfLinks: true });
  });

  it('live in their own item in the local area', async () => {
    await savePdfSettings({ openPdfLinks: true });
    expect(await fakeBrowser.storage.local.get('pdfSettings')).toEqual({ pdfSettings: { openPdfLinks: true } });
  });

  it('fall back to the defaults when what is stored is damaged', async () => {
    await fakeBrowser.storage.local.set({ pdfSettings: { openPdfLinks: 'yes' } });
    expect(await loadPdfSettings()).toEqual(DEFAULT_PDF_SETTINGS);
  });

  it('refuse to save a damaged value', async () => {
    await expect(savePdfSettings({ openPdfLinks: 'yes' } as never)).rejects.toThrow();
    expect(await pdfSettingsItem.getValue()).toEqual(DEFAULT_PDF_SETTINGS);
  });
});
