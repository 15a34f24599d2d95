import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyImport, type ImportResult } from '../../../lib/settings/apply-import';
import type { ImportMode } from '../../../lib/settings/import-plan';
import { checkImportText } from '../../../lib/settings/transfer';

/** The options page's import, without the page: check the text whole, and write only if it passes. */
export async function importText(
  text: string,
  mode: ImportMode = 'merge',
): Promise<{ errors: string[]; result?: ImportResult }> {
  const check = checkImportText(text);
  if (!check.ok) return { errors: check.errors };
  return { errors: [], result: await applyImport(check.file, mode) };
}

/** Everything the extension keeps, from both storage areas. */
export async function storageSnapshot(): Promise<unknown> {
  return { local: await fakeBrowser.storage.local.get(), sync: await fakeBrowser.storage.sync.get() };
}
