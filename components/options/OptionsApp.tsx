import { useCallback, useMemo, useState } from 'preact/hooks';
import type { Term } from '@/lib/glossary/schema';
import { indexGlossary } from '@/lib/local-terms/glossary-overlap';
import { LocalTermsSection } from './LocalTermsSection';
import { MarksSection } from './MarksSection';
import { ResetSection } from './ResetSection';
import { SitesSection } from './SitesSection';
import { StorageNotice } from './StorageNotice';
import { TransferSection } from './TransferSection';
import { useLocalTerms } from './use-local-terms';
import { useSettings } from './use-settings';

interface Props {
  /** The bundled glossary, to warn when one of the user's terms shares its wording. */
  glossaryTerms: readonly Term[];
  version?: string;
}

const SECTIONS = [
  { id: 'sites', label: 'Sites' },
  { id: 'marks', label: 'Marks' },
  { id: 'your-terms', label: 'Your terms' },
  { id: 'import-export', label: 'Import and export' },
  { id: 'reset', label: 'Reset' },
];

export function OptionsApp({ glossaryTerms, version }: Props) {
  const { settings, update, outcome } = useSettings();
  const { terms, save } = useLocalTerms();
  const [status, setStatus] = useState('');
  const glossary = useMemo(() => indexGlossary(glossaryTerms), [glossaryTerms]);
  // Clearing first makes a repeated message ("Saved …" twice) be announced again.
  const announce = useCallback((message: string) => {
    setStatus('');
    setTimeout(() => setStatus(message), 50);
  }, []);

  return (
    <main class="sl-options">
      <h1>Scrutiny Lens settings</h1>
      <nav aria-label="Sections of this page">
        <ul class="sl-contents">
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <StorageNotice outcome={outcome} />
      <p role="status" class="sl-status">
        {status}
      </p>
      {!settings || !terms ? (
        <p>Loading your settings…</p>
      ) : (
        <>
          <SitesSection settings={settings} update={update} announce={announce} />
          <MarksSection settings={settings} update={update} />
          <LocalTermsSection terms={terms} save={save} glossary={glossary} announce={announce} />
          <TransferSection settings={settings} terms={terms} announce={announce} />
          <ResetSection addedSites={settings.sites.added.length} terms={terms.length} announce={announce} />
        </>
      )}
      {version && <p class="sl-hint">Scrutiny Lens {version}</p>}
    </main>
  );
}
