import type { BackgroundRequest } from '../messages';
import { type SettingsCheck, settingsFromCopies } from './from-copies';
import type { Settings } from './schema';

/**
 * The settings as the content script reads them. It does not load zod (a
 * quarter of its size, and of the time the browser takes to compile it on
 * every page with a term): settings already in the form the schema returns,
 * as the extension always stores them, are used as they are, and any other
 * stored copy goes to the background for the schema's verdict.
 */
const askTheBackground: SettingsCheck = async (stored) => {
  const request: BackgroundRequest = { type: 'check-settings', stored };
  // No answer (the extension reloading under the page) counts as settings not valid: the page still gets
  // marked, with the defaults, rather than not at all.
  const checked = (await browser.runtime.sendMessage(request).catch(() => undefined)) as Settings | null | undefined;
  return checked ?? undefined;
};

/** The settings from both stored copies, as read for the lens (see lib/content/lens-reads.ts). */
export function settingsInPageFrom(copies: { local: unknown; synced: unknown }): Promise<Settings> {
  return settingsFromCopies(copies, askTheBackground);
}
