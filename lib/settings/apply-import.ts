import { loadLocalTerms, saveLocalTerms } from '../local-terms/store';
import { isDefaultSite } from '../sites/defaults';
import { originsFor } from '../sites/policy';
import { type ImportMode, type ImportPlan, planImport } from './import-plan';
import type { Settings } from './schema';
import { loadSettings, type SaveOutcome, saveSettings } from './store';
import type { ExportFile } from './transfer';

export interface ImportResult {
  plan: ImportPlan;
  saved: SaveOutcome;
  /** Added sites imported switched off because access to them was not granted. */
  paused: string[];
}

/** Sites without host access cannot be marked, so they arrive paused; switching one on asks again. */
function pauseWithoutAccess(settings: Settings, hosts: readonly string[]): Settings {
  if (!hosts.length) return settings;
  return { ...settings, sites: { ...settings.sites, off: [...new Set([...settings.sites.off, ...hosts])] } };
}

/**
 * Writes a checked file. The plan is worked out again against what storage
 * holds now, in case the popup changed something since the page showed it.
 * Terms are written before settings: the local area accepts them or refuses
 * whole, while settings can still fall back to the local area.
 */
export async function applyImport(
  file: ExportFile,
  mode: ImportMode,
  access: { refused: readonly string[] } = { refused: [] },
): Promise<ImportResult> {
  const current = { settings: await loadSettings(), localTerms: await loadLocalTerms() };
  const plan = planImport(current, file, mode);
  const paused = plan.settings.sites.added.filter((h) => access.refused.includes(h));
  await saveLocalTerms(plan.localTerms);
  const saved = await saveSettings(pauseWithoutAccess(plan.settings, paused));
  await releaseAccess(plan.report.sitesRemoved);
  return { plan, saved, paused };
}

/**
 * Gives up host access the user no longer needs. Best effort: a permission already gone is not an error.
 * A default site the user had switched on (one in Scotland, Wales or Northern Ireland) keeps the access
 * the manifest gives every default site.
 */
export async function releaseAccess(hosts: readonly string[]): Promise<void> {
  const released = hosts.filter((h) => !isDefaultSite(h));
  if (!released.length) return;
  await browser.permissions.remove({ origins: released.flatMap(originsFor) }).catch(() => false);
}
