import { isLensMessage } from '@/lib/messages';

export default defineBackground(() => {
  // The badge counts distinct terms on the tab, so a glance at the toolbar says whether a page is worth a closer read.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isLensMessage(message) || message.type !== 'page-terms' || sender.tab?.id === undefined) return;
    const tabId = sender.tab.id;
    const distinct = message.terms.length;
    void browser.action.setBadgeBackgroundColor({ tabId, color: '#005eb8' });
    void browser.action.setBadgeText({ tabId, text: distinct ? String(distinct) : '' });
  });
});
