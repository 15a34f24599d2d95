/**
 * When the content script began to run, on the page's clock: imported first
 * by the entrypoint, so what lies between this and the start of the session
 * is the cost of loading the script itself (its modules, the glossary's
 * matcher, the settings schema), which the benchmark reports as start-up.
 */
export const loadedAt = performance.now();
