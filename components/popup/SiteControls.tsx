import { useState } from 'preact/hooks';
import type { Settings } from '@/lib/settings/schema';
import { saveSettings } from '@/lib/settings/store';
import { nationOf } from '@/lib/sites/devolved';
import { isMarkingOn, siteState, withSiteSwitched } from '@/lib/sites/policy';
import { SiteSwitch } from './SiteSwitch';
import { markPageOnce, requestSiteAccess, withdrawSiteAccess, withSiteAdded, withSiteRemoved } from './site-actions';

interface Props {
  host: string;
  tabId: number;
  settings: Settings;
  /** Something about the page may have changed: ask its content script again. */
  onPageChanged: () => void;
}

/**
 * The content script picks up a settings change by itself; asking it for its
 * terms straight away would catch it before it has re-marked the page.
 */
const REMARK_DELAY_MS = 400;

/** Whether and how Scrutiny Lens runs on the current site. */
export function SiteControls({ host, tabId, settings, onPageChanged }: Props) {
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const state = siteState(host, settings);
  const nation = nationOf(host);

  const run = async (action: () => Promise<string | undefined>) => {
    setBusy(true);
    try {
      setMessage((await action()) ?? '');
    } catch (error) {
      setMessage(`That did not work: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
      setTimeout(onPageChanged, REMARK_DELAY_MS);
    }
  };

  const toggle = () =>
    run(async () => {
      await saveSettings(withSiteSwitched(settings, host, !isMarkingOn(host, settings)));
      return undefined;
    });

  const markOnce = () =>
    run(async () => {
      await markPageOnce(tabId);
      return 'Terms on this page are marked until you leave it.';
    });

  const alwaysOn = () => {
    // The permission prompt must open inside the click, before anything else is awaited.
    const asked = requestSiteAccess(host);
    void run(async () => {
      if (!(await asked)) return `Scrutiny Lens was not given access to ${host}.`;
      await saveSettings(withSiteAdded(settings, host));
      await markPageOnce(tabId);
      return undefined;
    });
  };

  const remove = () =>
    run(async () => {
      await withdrawSiteAccess(host);
      await saveSettings(withSiteRemoved(settings, host));
      return `${host} removed. Scrutiny Lens no longer has access to it.`;
    });

  return (
    <div class="sl-site">
      {state === 'not-added' ? (
        <>
          <p class="sl-site__intro">
            {host} is not a council or NHS site, so Scrutiny Lens leaves it alone unless you ask.
          </p>
          <div class="sl-site__actions">
            <button type="button" class="sl-button" onClick={markOnce} disabled={busy}>
              Mark this page once
            </button>
            <button type="button" class="sl-button sl-button--secondary" onClick={alwaysOn} disabled={busy}>
              Always on this site
            </button>
          </div>
        </>
      ) : (
        <>
          {nation && (
            <p class="sl-site__intro">
              {host} is a site in {nation}. Scrutiny Lens explains the NHS in England, whose bodies and laws differ from{' '}
              {nation}’s, so it marks terms here only if you switch it on.
            </p>
          )}
          <div class="sl-site__actions">
            <SiteSwitch host={host} on={isMarkingOn(host, settings)} busy={busy} onToggle={toggle} />
            {(state === 'added-on' || state === 'added-off') && (
              <button type="button" class="sl-button sl-button--quiet" onClick={remove} disabled={busy}>
                Remove this site
              </button>
            )}
          </div>
        </>
      )}
      <p class="sl-site__message" role="status">
        {message}
      </p>
    </div>
  );
}
