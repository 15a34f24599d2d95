import type { LensReads } from '@/lib/content/lens-reads';
import { localTermsItem } from '@/lib/local-terms/item';
import { localSettings, syncedSettings } from '@/lib/settings/items';

/**
 * What the lens reads from storage, through the storage items, which migrate
 * what they read: for a lens that found a copy written by another version of
 * the extension (lib/content/lens-reads.ts).
 */
export async function readForLensHere(): Promise<LensReads> {
  const [local, synced, localTerms] = await Promise.all([
    localSettings.getValue(),
    syncedSettings.getValue(),
    localTermsItem.getValue(),
  ]);
  return { settings: { local, synced }, localTerms };
}
