import type { LocalTerm } from '@/lib/local-terms/schema';
import type { Settings } from '@/lib/settings/schema';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';

interface Props {
  settings: Settings;
  terms: readonly LocalTerm[];
  announce(message: string): void;
}

export function TransferSection({ settings, terms, announce }: Props) {
  return (
    <section id="import-export" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">Import and export</h2>
      <ExportPanel settings={settings} terms={terms} />
      <ImportPanel settings={settings} terms={terms} announce={announce} />
    </section>
  );
}
