import { storage } from 'wxt/utils/storage';
import type { LocalTerm } from './schema';
import { LOCAL_TERMS_KEY } from './storage-key';
import { LOCAL_TERMS_VERSION, localTermsMigrations } from './versions';

/**
 * The user's own terms. In the local area, not sync: a few hundred definitions
 * would overrun sync's 8 KB-per-item quota, and they are cheap to carry across
 * browsers with export and import. Apart from the store (./store.ts, which
 * checks what it saves against the schema) so that the content script can
 * read and watch the item without loading zod.
 */
export const localTermsItem = /* @__PURE__ */ storage.defineItem<LocalTerm[]>(`local:${LOCAL_TERMS_KEY}`, {
  fallback: [],
  version: LOCAL_TERMS_VERSION,
  migrations: localTermsMigrations,
});
