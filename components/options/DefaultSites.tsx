import { useState } from 'preact/hooks';
import { switchedOffDefaults, switchOffRequest } from '@/lib/settings/added-sites';
import type { Settings } from '@/lib/settings/schema';
import { DEFAULT_SITE_PATTERNS } from '@/lib/sites/defaults';
import { withSiteSwitched } from '@/lib/sites/policy';
import { Checkbox, TextField } from './fields';
import type { SettingsBinding } from './use-settings';

const PATTERN_LABELS: Record<(typeof DEFAULT_SITE_PATTERNS)[number], string> = {
  '*://*.gov.uk/*': 'Councils and government',
  '*://*.nhs.uk/*': 'NHS bodies',
  '*://*.moderngov.co.uk/*': 'Council committee papers on ModernGov',
};

interface Props {
  settings: Settings;
  update: SettingsBinding['update'];
  announce(message: string): void;
}

/** The council and NHS sites marked without asking, and a switch for each one the user turned off. */
export function DefaultSites({ settings, update, announce }: Props) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string>();
  // A host switched back on stays listed (unchecked → checked) until the page reloads, so the focused switch does not vanish.
  const [seen, setSeen] = useState<string[]>([]);
  const listed = [...new Set([...seen, ...switchedOffDefaults(settings)])];
  const off = new Set(settings.sites.off);

  const switchHost = (host: string, on: boolean) => {
    setSeen((s) => (s.includes(host) ? s : [...s, host]));
    void update((s) => withSiteSwitched(s, host, on)).then(() => announce(`Marking ${on ? 'on' : 'off'} for ${host}`));
  };

  const switchOff = (event: Event) => {
    event.preventDefault();
    const request = switchOffRequest(typed, settings);
    if (request.kind === 'refused') {
      setError(request.message);
      return;
    }
    setTyped('');
    switchHost(request.host, false);
  };

  return (
    <>
      <h3>Council and NHS sites</h3>
      <p>Scrutiny Lens explains terms on these sites without asking:</p>
      <ul class="sl-patterns">
        {DEFAULT_SITE_PATTERNS.map((p) => (
          <li key={p}>
            {PATTERN_LABELS[p]}: <code>{p}</code>
          </li>
        ))}
      </ul>
      <p>
        Sites of Scotland, Wales and Northern Ireland at these addresses (their councils, NHS bodies and departments)
        start switched off: the glossary explains the NHS in England, and theirs has other bodies and laws. Switch one
        on from the toolbar on one of its pages, or add it under “Sites you added”.
      </p>
      {listed.length > 0 && (
        <fieldset class="sl-choices">
          <legend>Council and NHS sites you switched off</legend>
          {listed.map((host) => (
            <Checkbox
              key={host}
              id={`default-${host}`}
              label={`Mark pages on ${host}`}
              checked={!off.has(host)}
              onChange={(on) => switchHost(host, on)}
            />
          ))}
        </fieldset>
      )}
      <form class="sl-inline-form" onSubmit={switchOff} noValidate>
        <TextField
          id="site-to-switch-off"
          label="Switch off a council or NHS site"
          hint="For a site where marks get in the way. The toolbar button does the same on one of its pages."
          error={error}
          value={typed}
          inputMode="url"
          onInput={(v) => {
            setTyped(v);
            setError(undefined);
          }}
        />
        <button type="submit" class="sl-button-secondary">
          Switch off
        </button>
      </form>
    </>
  );
}
