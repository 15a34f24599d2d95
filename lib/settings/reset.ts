import { saveLocalTerms } from '../local-terms/store';
import { releaseAccess } from './apply-import';
import { DEFAULT_SETTINGS } from './schema';
import { loadSettings, type SaveOutcome, saveSettings } from './store';

/** Back to a fresh install: default settings, no terms of the user's own, no access to added sites. */
export async function resetEverything(): Promise<SaveOutcome> {
  const { added } = (await loadSettings()).sites;
  await saveLocalTerms([]);
  const saved = await saveSettings(DEFAULT_SETTINGS);
  await releaseAccess(added);
  return saved;
}
