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
  void browser.action.setBadgeBackgroundColor({ tabId, color: '#005eb8' });
  void browser.action.setBadgeText({ tabId, text: showBadge && distinct ? String(distinct) : '' });
}

export function forgetTab(tabId: number): void {
  termsByTab.delete(tabId);
}
