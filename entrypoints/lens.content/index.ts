// First, so that it reads the clock before any other module of the script runs.
import '@/lib/content/loaded-at';
import { DEFAULT_SITE_PATTERNS } from '@/lib/sites/defaults';
import { startContentScript } from './session';

/**
 * The lens: matching, marks, the card and the page's commands. Not in the
 * manifest's content scripts: the gate (entrypoints/content) asks the
 * background to inject it into a frame whose page may hold a term, or that a
 * command needs it in, so a page with no term never loads it.
 */
export default defineContentScript({
  matches: [...DEFAULT_SITE_PATTERNS],
  registration: 'runtime',
  // The card's CSS is handed to its shadow root directly; nothing is injected into the page.
  cssInjectionMode: 'manual',
  // See entrypoints/content: WXT's message to every listener on the page costs Chromium about 25 ms.
  noScriptStartedPostMessage: true,
  main(ctx) {
    return startContentScript(ctx);
  },
});
