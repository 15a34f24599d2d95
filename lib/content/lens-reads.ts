import { LOCAL_TERMS_KEY } from '../local-terms/storage-key';
import { LOCAL_TERMS_VERSION } from '../local-terms/versions';
import type { BackgroundRequest } from '../messages';
import { LOCAL_SETTINGS_KEY, SYNCED_SETTINGS_KEY } from '../settings/storage-keys';
import { SETTINGS_VERSION } from '../settings/versions';

/** What the lens reads from storage before it can mark anything, as stored. */
export interface LensReads {
  settings: { local: unknown; synced: unknown };
  localTerms: unknown;
}

// WXT keeps an item's version beside it, under its key and a dollar sign.
const versionKey = (key: string) => `${key}$`;

function isCurrent(stored: Record<string, unknown>, key: string, version: number): boolean {
  if (stored[key] === undefined || stored[key] === null) return true;
  const meta = stored[versionKey(key)] as { v?: unknown } | undefined;
  return (meta?.v ?? 1) === version;
}

/**
 * Reads what the lens needs from storage (both copies of the settings, the
 * user's own terms), for the gate to start as it asks the background for the
 * lens: the reads then run while the browser injects the lens (26-48 ms a
 * page on the bench's pages, with the lens at 196 KB), rather than after it.
 * Resolves to undefined if any copy was stored by another version than this
 * build's (between an update and the background's migration of it) or storage
 * would not answer, and the lens then asks the background (`lensReads`), whose
 * storage items migrate what they read.
 */
export async function readForLens(): Promise<LensReads | undefined> {
  const localKeys = [LOCAL_SETTINGS_KEY, LOCAL_TERMS_KEY];
  try {
    const [local, synced] = await Promise.all([
      browser.storage.local.get([...localKeys, ...localKeys.map(versionKey)]),
      browser.storage.sync.get([SYNCED_SETTINGS_KEY, versionKey(SYNCED_SETTINGS_KEY)]),
    ]);
    const current =
      isCurrent(local, LOCAL_SETTINGS_KEY, SETTINGS_VERSION) &&
      isCurrent(synced, SYNCED_SETTINGS_KEY, SETTINGS_VERSION) &&
      isCurrent(local, LOCAL_TERMS_KEY, LOCAL_TERMS_VERSION);
    if (!current) return undefined;
    return {
      settings: { local: local[LOCAL_SETTINGS_KEY], synced: synced[SYNCED_SETTINGS_KEY] },
      localTerms: local[LOCAL_TERMS_KEY],
    };
  } catch {
    return undefined;
  }
}

/** Which of the lens's reads a storage change touches: a key or the version WXT keeps beside it. */
function changedReads(changes: Record<string, unknown>, area: string): { settings: boolean; localTerms: boolean } {
  const touches = (key: string) => key in changes || versionKey(key) in changes;
  return {
    settings: area === 'sync' ? touches(SYNCED_SETTINGS_KEY) : area === 'local' && touches(LOCAL_SETTINGS_KEY),
    localTerms: area === 'local' && touches(LOCAL_TERMS_KEY),
  };
}

/**
 * Whether a storage change touches anything `readForLens` reads: if one comes
 * after the reads began and before the lens takes them, what they hold may be
 * older than the change, and the lens reads for itself.
 */
export function changesLensReads(changes: Record<string, unknown>, area: string): boolean {
  const changed = changedReads(changes, area);
  return changed.settings || changed.localTerms;
}

const NOTHING_STORED: LensReads = { settings: { local: undefined, synced: undefined }, localTerms: undefined };

/**
 * What the lens reads, as `readForLens` reads it, or, where that cannot (a
 * copy written by another version), as the background's storage items read
 * and migrate it. The lens reads storage only so: WXT's items read storage as
 * they are defined, six round trips on every page with a term. If the
 * background does not answer either, the lens starts from the defaults.
 */
export async function lensReads(): Promise<LensReads> {
  const read = await readForLens();
  if (read) return read;
  const request: BackgroundRequest = { type: 'read-for-lens' };
  const reply = (await browser.runtime.sendMessage(request).catch(() => undefined)) as LensReads | undefined;
  return reply ?? NOTHING_STORED;
}

/** Calls back when either copy of the settings, or the user's own terms, change. Returns the unsubscribe function. */
export function watchLensReads(on: { settings: () => void; localTerms: () => void }): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    const changed = changedReads(changes, area);
    if (changed.settings) on.settings();
    if (changed.localTerms) on.localTerms();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
