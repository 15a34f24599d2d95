import type { FoundTerm } from '@/lib/messages';

/**
 * The toolbar badge counts distinct terms on the tab, so a glance says
 * whether a page is worth a closer read. Frames report separately; the badge
 * shows the union.
 */
const termsByTab = new Map<number, Map<number, Set<string>>>();

export function recordPageTerms(tabId: number, frameId: number, terms: readonly FoundTerm[], showBadge: boolean): void {
  let frames = termsByTab.get(tabId);
  if (!frames) {
    frames = new Map();
    termsByTab.set(tabId, frames);
  }
  frames.set(frameId, new Set(terms.map((t) => t.termId)));
  const distinct = new Set([...frames.values()].flatMap((s) => [...s])).size;
  // A tab can close between its page's report and these calls ("No tab with id"): then there is no badge to set.
  const gone = () => forgetTab(tabId);
  browser.action.setBadgeBackgroundColor({ tabId, color: '#005eb8' }).catch(gone);
  browser.action.setBadgeText({ tabId, text: showBadge && distinct ? String(distinct) : '' }).catch(gone);
}

export function forgetTab(tabId: number): void {
  termsByTab.delete(tabId);
}
