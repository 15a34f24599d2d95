import { DEFAULT_SITE_PATTERNS } from '@/lib/sites/defaults';
import { startContentScript } from './session';

export default defineContentScript({
  matches: [...DEFAULT_SITE_PATTERNS],
  runAt: 'document_idle',
  // Committee papers are often shown in frames on the same site; each frame gets its own marks.
  allFrames: true,
  matchAboutBlank: true,
  cssInjectionMode: 'ui',
  main(ctx) {
    return startContentScript(ctx);
  },
});
