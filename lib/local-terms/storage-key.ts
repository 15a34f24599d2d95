/**
 * Where the user's own terms are kept in the local storage area. Its own
 * module so the gate (entrypoints/content) can watch the key without loading
 * WXT's storage or the terms' schema.
 */
export const LOCAL_TERMS_KEY = 'localTerms';
