import { useEffect, useState } from 'preact/hooks';
import { loadPdfSettings, type PdfSettings, savePdfSettings, watchPdfSettings } from '@/lib/pdf/settings';

/** The viewer's one setting, where a reader meets the viewer: open PDF links on council and NHS sites here. */
export function ViewerSettings() {
  const [settings, setSettings] = useState<PdfSettings | undefined>();
  useEffect(() => {
    void loadPdfSettings().then(setSettings);
    return watchPdfSettings(setSettings);
  }, []);
  return (
    <details class="sl-settings">
      <summary class="sl-button">Settings</summary>
      <div class="sl-settings__panel">
        <label>
          <input
            type="checkbox"
            checked={settings?.openPdfLinks ?? false}
            disabled={!settings}
            onChange={(e) => void savePdfSettings({ openPdfLinks: e.currentTarget.checked })}
          />{' '}
          Open PDFs on council and NHS sites in England in Scrutiny Lens
        </label>
        <p>
          When this is off, right-click a link to a PDF and choose <strong>Open in Scrutiny Lens</strong>.
        </p>
      </div>
    </details>
  );
}
