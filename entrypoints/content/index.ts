import { DEFAULT_SITE_PATTERNS } from '@/lib/sites/defaults';

export default defineContentScript({
  matches: [...DEFAULT_SITE_PATTERNS],
  runAt: 'document_idle',
  main() {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const ranges: Range[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.nodeValue ?? '';
      for (const m of text.matchAll(/\bICB\b/g)) {
        const r = new Range();
        r.setStart(n, m.index);
        r.setEnd(n, m.index + m[0].length);
        ranges.push(r);
      }
    }
    CSS.highlights.set('scrutiny-lens-term', new Highlight(...ranges));
  },
});
