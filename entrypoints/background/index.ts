import { addQuestion } from '@/lib/letters/drafts';
import { toTerms } from '@/lib/local-terms';
import { isLensMessage, type LensMessage } from '@/lib/messages';
import { checkSettings, loadSettings } from '@/lib/settings/store';
import { isMarkingOn } from '@/lib/sites/policy';
import { initAddedSites } from './added-sites';
import { forgetTab, recordPageTerms } from './badge';
import { cardData } from './cards';
import { initCommands } from './commands';
import { initExplain } from './explain';
import { injectCard, injectLens } from './lens-loader';
import { readForLensHere } from './lens-reads';
import { initLetter } from './letter';
import { initPdf } from './pdf';
import { initReinjection } from './reinject';

function openPage(path: string): Promise<unknown> {
  // getURL's types list only the pages that exist at type-generation time; any extension path is valid here.
  return browser.tabs.create({ url: (browser.runtime.getURL as (p: string) => string)(path) });
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw: unknown, sender): Promise<unknown> | undefined => {
    if (!isLensMessage(raw)) return undefined;
    const message = raw as LensMessage;
    switch (message.type) {
      case 'page-terms': {
        if (sender.tab?.id === undefined) return undefined;
        const tabId = sender.tab.id;
        const frameId = sender.frameId ?? 0;
        return loadSettings().then((s) => recordPageTerms(tabId, frameId, message.terms, s.marks.badge));
      }
      case 'load-lens':
        return injectLens(sender);
      case 'load-card':
        return injectCard(sender);
      case 'site-on':
        return loadSettings().then((s) => isMarkingOn(message.host, s));
      case 'read-for-lens':
        return readForLensHere();
      case 'check-settings':
        return checkSettings(message.stored).then((s) => s ?? null);
      case 'local-terms':
        return Promise.resolve(toTerms(message.stored));
      case 'get-card':
        return cardData(message.termIds, message.context, message.pageYear, message.spelledOut);
      case 'add-question':
        return addQuestion(message.question).then(({ added }) => ({ added }));
      case 'open-letter':
        return openPage(
          `/letter.html${message.templateId ? `?template=${encodeURIComponent(message.templateId)}` : ''}`,
        );
      case 'open-glossary': {
        const query = message.query ? `?q=${encodeURIComponent(message.query)}` : '';
        return openPage(`/glossary.html${query}${message.termId ? `#${message.termId}` : ''}`);
      }
      default:
        return undefined;
    }
  });
  browser.tabs.onRemoved.addListener(forgetTab);
  // A new page in the tab starts with no terms until its content script reports.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) forgetTab(tabId);
  });
  initAddedSites();
  initExplain();
  initLetter();
  initCommands();
  initPdf();
  initReinjection();
});
