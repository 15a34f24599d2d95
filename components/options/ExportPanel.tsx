import { useEffect, useRef, useState } from 'preact/hooks';
import type { LocalTerm } from '@/lib/local-terms/schema';
import type { Settings } from '@/lib/settings/schema';
import { buildExport, exportFileName, exportText } from '@/lib/settings/transfer';

interface Props {
  settings: Settings;
  terms: readonly LocalTerm[];
}

interface Prepared {
  name: string;
  text: string;
  url: string | undefined;
}

/**
 * Makes the settings file on request and offers it as a download link, with
 * the same text shown for copying: nothing is saved without the user choosing to.
 */
export function ExportPanel({ settings, terms }: Props) {
  const [prepared, setPrepared] = useState<Prepared>();
  const link = useRef<HTMLAnchorElement>(null);

  useEffect(() => () => prepared?.url && URL.revokeObjectURL(prepared.url), [prepared]);

  const prepare = () => {
    const now = new Date();
    const text = exportText(buildExport(settings, terms, now));
    const url =
      typeof URL.createObjectURL === 'function'
        ? URL.createObjectURL(new Blob([text], { type: 'application/json' }))
        : undefined;
    setPrepared({ name: exportFileName(now), text, url });
    setTimeout(() => link.current?.focus(), 0);
  };

  return (
    <div class="sl-panel">
      <h3 id="export-heading">Export</h3>
      <p>
        One file with your settings, the sites you added and your{' '}
        {terms.length === 1 ? 'term' : `${terms.length} terms`}. Import it in another browser, or keep it as a copy.
      </p>
      <button type="button" onClick={prepare}>
        {prepared ? 'Export again' : 'Export settings and terms'}
      </button>
      {prepared && (
        <div class="sl-export">
          {prepared.url && (
            <p>
              <a ref={link} href={prepared.url} download={prepared.name}>
                Download {prepared.name}
              </a>
            </p>
          )}
          <label for="export-text">The exported file (select it all to copy)</label>
          <textarea id="export-text" readOnly rows={8} value={prepared.text} spellcheck={false} />
        </div>
      )}
    </div>
  );
}
