import type { DocumentTerm } from '@/lib/pdf/doc-terms';

/** How often at most the toolbar badge hears about new terms while pages are being marked. */
const REPORT_EVERY_MS = 500;

/**
 * Keeps the toolbar badge in step with the document, as the content script
 * does for a web page: the background counts terms per tab from these reports.
 */
export function reportTermsToBackground(terms: () => DocumentTerm[]): () => void {
  let last = '';
  const timer = setInterval(() => {
    const found = terms().map(({ termId, count }) => ({ termId, count }));
    const key = JSON.stringify(found);
    if (key === last) return;
    last = key;
    void browser.runtime.sendMessage({ type: 'page-terms', terms: found }).catch(() => undefined);
  }, REPORT_EVERY_MS);
  return () => clearInterval(timer);
}
