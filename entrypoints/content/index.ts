// First, so that it reads the clock before any other module of the script runs.
import '@/lib/content/loaded-at';
import { DEFAULT_SITE_PATTERNS } from '@/lib/sites/defaults';
import { startGate } from './gate';

export default defineContentScript({
  matches: [...DEFAULT_SITE_PATTERNS],
  runAt: 'document_idle',
  // Committee papers are often shown in frames on the same site; each frame gets its own marks.
  allFrames: true,
  matchAboutBlank: true,
  // The card's CSS is handed to its shadow root directly; nothing is injected into the page.
  cssInjectionMode: 'manual',
  // WXT's old way of telling an earlier copy of the script to stop: a message to every listener on the page
  // (the page's own included) that cost Chromium about 25 ms per page. The event WXT also sends, and our
  // own check that the extension is still there, do the job.
  noScriptStartedPostMessage: true,
  main(ctx) {
    return startGate(ctx);
  },
});
