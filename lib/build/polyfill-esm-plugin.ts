import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const ID = 'webextension-polyfill';
const RESOLVED = '\0scrutiny-lens:webextension-polyfill';

/**
 * The polyfill's UMD file as an ES module whose default export is the
 * polyfill's `module.exports`, as the UMD's CommonJS branch sets it.
 */
export function polyfillAsEsm(umdSource: string): string {
  return [
    'const module = { exports: {} };',
    // `define` and `exports` are shadowed so the UMD takes its CommonJS branch whatever the page's globals hold.
    '(function (define, exports) {',
    umdSource.replace(/\/\/# sourceMappingURL=.*$/m, ''),
    '}).call(globalThis, undefined, module.exports);',
    'export default module.exports;',
  ].join('\n');
}

/**
 * Serves webextension-polyfill as an ES module. Bundled as CommonJS, it is
 * wrapped in an interop helper that copies every property of its export onto
 * a new object, reading each one's descriptor; where the browser provides
 * `browser` itself (Firefox, and Chromium 156, which this project tests on), the export is that
 * object, and reading the descriptor of each of its lazily built APIs makes
 * the browser build them all (chrome.app, bookmarks, tabs…): about a
 * millisecond of every page's start-up, in every content script.
 */
export function polyfillEsmPlugin(): Plugin {
  const require = createRequire(import.meta.url);
  return {
    name: 'scrutiny-lens:polyfill-esm',
    enforce: 'pre',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const file = require.resolve('webextension-polyfill/dist/browser-polyfill.js');
      this.addWatchFile(file);
      return polyfillAsEsm(readFileSync(file, 'utf8'));
    },
  };
}
