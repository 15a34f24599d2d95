/**
 * The user's own terms. The content script and the popup need only:
 * - `localTermsItem` (WXT storage item `local:localTerms`): `getValue()` and `watch()`;
 * - `toTerms(stored)`: `Term`s with `local: true` and ids `local-<slug>`, to join the matcher and search.
 */
export { type Claim, claimsOf } from './claims';
export { collectionProblems } from './collection';
export { type GlossaryIndex, indexGlossary } from './glossary-overlap';
export {
  DEFAULT_LOCAL_CATEGORY,
  DEFINITION_MAX_WORDS,
  type LocalTerm,
  localTermSchema,
  MAX_LOCAL_TERMS,
} from './schema';
export { loadLocalTerms, localTermsItem, saveLocalTerms, watchLocalTerms } from './store';
export { isLocalTermId, LOCAL_ID_PREFIX, localTermId, toTerm, toTerms } from './to-terms';
export { LOCAL_TERMS_VERSION } from './versions';
