import { useRef, useState } from 'preact/hooks';
import { siteRequest, withoutAddedSite } from '@/lib/settings/added-sites';
import { releaseAccess } from '@/lib/settings/apply-import';
import type { Settings } from '@/lib/settings/schema';
import { withSiteSwitched } from '@/lib/sites/policy';
import { Checkbox, TextField } from './fields';
import { requestSiteAccess } from './site-access';
import type { SettingsBinding } from './use-settings';

interface Props {
  settings: Settings;
  update: SettingsBinding['update'];
  announce(message: string): void;
}

/** Sites outside the defaults: each added with its own host permission, paused or removed here. */
export function AddedSites({ settings, update, announce }: Props) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  const off = new Set(settings.sites.off);

  const switchSite = (host: string, on: boolean) => {
    if (!on) {
      void update((s) => withSiteSwitched(s, host, false)).then(() => announce(`Marking paused on ${host}`));
      return;
    }
    requestSiteAccess(host)
      .then(async (granted) => {
        if (!granted) return announce(`Access to ${host} was not granted, so marking stays paused there`);
        await update((s) => withSiteSwitched(s, host, true));
        announce(`Marking on for ${host}`);
      })
      .catch((e: unknown) => announce(`Could not ask for access to ${host}: ${String(e)}`));
  };

  const addSite = (event: Event) => {
    event.preventDefault();
    const request = siteRequest(typed, settings);
    if (request.kind === 'refused') {
      setError(request.message);
      return;
    }
    setError(undefined);
    const { host } = request;
    const asked = request.kind === 'needs-access' ? requestSiteAccess(host) : Promise.resolve(true);
    asked
      .then(async (granted) => {
        if (!granted) {
          setError(`Access to ${host} was not granted, so it was not added`);
          return;
        }
        await update((s) => withSiteSwitched(s, host, true));
        setTyped('');
        announce(request.kind === 'needs-access' ? `Added ${host}` : `Marking on for ${host}`);
      })
      .catch((e: unknown) => setError(`Could not ask for access to ${host}: ${String(e)}`));
  };

  const removeSite = (host: string) => {
    void releaseAccess([host])
      .then(() => update((s) => withoutAddedSite(s, host)))
      .then(() => {
        heading.current?.focus();
        announce(`Removed ${host}`);
      });
  };

  return (
    <>
      <h3 id="added-heading" tabIndex={-1} ref={heading}>
        Sites you added
      </h3>
      {settings.sites.added.length === 0 ? (
        <p>None yet. Scrutiny Lens asks your browser for access to each site you add, and to nothing else.</p>
      ) : (
        <ul class="sl-sites" aria-labelledby="added-heading">
          {settings.sites.added.map((host) => (
            <li key={host}>
              <Checkbox
                id={`added-${host}`}
                label={`Mark pages on ${host}`}
                checked={!off.has(host)}
                onChange={(on) => switchSite(host, on)}
              />
              <button type="button" class="sl-button-secondary" onClick={() => removeSite(host)}>
                Remove <span class="sl-visually-hidden">{host}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="sl-inline-form" onSubmit={addSite} noValidate>
        <TextField
          id="site-to-add"
          label="Add a site"
          hint="Type a host name such as www.healthwatchleeds.co.uk, or paste the address of one of its pages."
          error={error}
          value={typed}
          inputMode="url"
          onInput={(v) => {
            setTyped(v);
            setError(undefined);
          }}
        />
        <button type="submit">Add site</button>
      </form>
    </>
  );
}
