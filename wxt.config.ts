import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { glossaryPlugin } from './lib/build/glossary-plugin';
import { groupPageChunks } from './lib/build/page-chunks';
import { polyfillEsmPlugin } from './lib/build/polyfill-esm-plugin';
import { storeSafePlugin } from './lib/build/store-safe-plugin';
import { DEFAULT_SITE_PATTERNS } from './lib/sites/defaults';

// One manifest shape for every browser: MV3 everywhere (see README, "Why MV3 on Firefox").
export default defineConfig({
  manifestVersion: 3,
  // `WXT_ONLY=content,popup npm run build` builds just those entrypoints, for a quicker loop while developing.
  ...(process.env.WXT_ONLY ? { filterEntrypoints: process.env.WXT_ONLY.split(',') } : {}),
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: { 'vite:build:extendConfig': groupPageChunks },
  vite: () => ({
    plugins: [
      glossaryPlugin(import.meta.dirname),
      polyfillEsmPlugin(),
      // Removes zod's eval probe and Preact's innerHTML path, neither of which we use (see the plugin).
      storeSafePlugin(),
      preact({ devToolsEnabled: false, prefreshEnabled: false, reactAliasesEnabled: false }),
    ],
    build: {
      sourcemap: false,
      ...(process.env.WXT_NO_MINIFY ? { minify: false } : {}),
    },
  }),
  manifest: ({ browser }) => ({
    name: 'Scrutiny Lens',
    short_name: 'Scrutiny Lens',
    description:
      'Plain-English explanations of NHS planning jargon on council and NHS pages, with questions to ask and a letter builder.',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    host_permissions: [...DEFAULT_SITE_PATTERNS],
    // Any other site is asked for at run time, one site at a time, from the popup or options page.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: 'Scrutiny Lens' },
    // MV3's default policy, plus WebAssembly for PDF.js's image decoders (JBIG2, JPEG 2000 in scanned papers).
    // Stating it also drops Firefox's default upgrade-insecure-requests, which would turn the viewer's fetch of
    // an http:// council PDF into an https:// one the council may not serve.
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" },
    commands: {
      'next-term': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Go to the next explained term on the page',
      },
      'previous-term': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Go to the previous explained term on the page',
      },
      'explain-selection': { suggested_key: { default: 'Alt+Shift+E' }, description: 'Explain the selected words' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'scrutiny-lens@scrutinylens.org.uk',
              // The PDF viewer's PDF.js (pdfjs-dist 6) calls Map's getOrInsertComputed, which arrived in
              // Firefox 144 and Chrome 145; on Firefox ESR 140 it opens no page. The CSS Custom Highlight
              // API, which paints every mark, arrived earlier, in 140.
              strict_min_version: '144.0',
              data_collection_permissions: { required: ['none'] },
            },
            // As on the desktop, for PDF.js (Firefox for Android reads data_collection_permissions from 142 on).
            gecko_android: { strict_min_version: '144.0' },
          },
        }
      : // PDF.js's Map getOrInsertComputed, as above: Chrome and Edge 145.
        { minimum_chrome_version: '145' }),
  }),
});
