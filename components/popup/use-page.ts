import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PageTermsReply } from '@/lib/messages';
import { hostOf } from '@/lib/sites/policy';
import { askPageTerms } from './page-terms';
import { findTab, type TabInfo } from './tab';

export type PageState =
  | { kind: 'loading' }
  /** No tab to speak for, or a browser page (settings, new tab, the extension's own pages). */
  | { kind: 'no-page' }
  /** A web page whose content script did not answer; host is unknown when the browser hides the address. */
  | { kind: 'unread'; tab: TabInfo; host?: string }
  | { kind: 'read'; tab: TabInfo; host?: string; reply: PageTermsReply };

const isWebAddress = (url: string) => /^https?:\/\//i.test(url);

async function readPage(tabOverride: number | undefined): Promise<PageState> {
  const tab = await findTab(tabOverride);
  if (!tab) return { kind: 'no-page' };
  if (tab.url !== undefined && !isWebAddress(tab.url)) return { kind: 'no-page' };
  const reply = await askPageTerms(tab.id);
  const host = hostOf(reply?.url ?? tab.url ?? '');
  return reply ? { kind: 'read', tab, host, reply } : { kind: 'unread', tab, host };
}

/** The tab the popup is about and what its content script found there; refresh after anything that changes it. */
export function usePage(tabOverride: number | undefined): { page: PageState; refresh: () => void } {
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  const refresh = useCallback(() => {
    void readPage(tabOverride).then(setPage);
  }, [tabOverride]);
  useEffect(refresh, [refresh]);
  return { page, refresh };
}

/** The page being read, for the note a gathered question keeps of where it came from. */
export function readingPageOf(page: PageState): { title: string; url: string } | undefined {
  if (page.kind !== 'read' && page.kind !== 'unread') return undefined;
  const url = page.kind === 'read' ? page.reply.url : page.tab.url;
  if (!url) return undefined;
  const title = (page.kind === 'read' ? page.reply.title : undefined) || page.tab.title || url;
  return { title, url };
}
