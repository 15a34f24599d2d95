import { isLensMessage } from '@/lib/messages';
import { loadSettings } from '@/lib/settings/store';
import { forgetTab, recordPageTerms } from './badge';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isLensMessage(message)) return;
    if (message.type === 'page-terms' && sender.tab?.id !== undefined) {
      const tabId = sender.tab.id;
      const frameId = sender.frameId ?? 0;
      void loadSettings().then((s) => recordPageTerms(tabId, frameId, message.terms, s.marks.badge));
    }
  });
  browser.tabs.onRemoved.addListener(forgetTab);
  // A new page in the tab starts with no terms until its content script reports.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) forgetTab(tabId);
  });
});
