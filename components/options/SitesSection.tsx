import type { Settings } from '@/lib/settings/schema';
import { AddedSites } from './AddedSites';
import { DefaultSites } from './DefaultSites';
import type { SettingsBinding } from './use-settings';

interface Props {
  settings: Settings;
  update: SettingsBinding['update'];
  announce(message: string): void;
}

export function SitesSection(props: Props) {
  return (
    <section id="sites" aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites</h2>
      <DefaultSites {...props} />
      <AddedSites {...props} />
    </section>
  );
}
