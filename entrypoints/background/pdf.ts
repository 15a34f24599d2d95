import { loadPdfSettings } from '@/lib/pdf/settings';
import { isAutoOpenCandidate, viewerUrl, webUrl } from '@/lib/pdf/url';
import { isDefaultSite } from '@/lib/sites/defaults';
import { isEnglishDefaultSite } from '@/lib/sites/devolved';

/**
 * The ways into the PDF viewer from the background: "Open in Scrutiny Lens"
 * on links to PDFs, and (when the reader switches it on) opening PDF links on
 * the council and NHS sites in the viewer instead of the browser's own, where
 * no content script can run.
 */
export const OPEN_PDF_MENU_ID = 'scrutiny-lens-open-pdf';

/** Links that look like PDFs; the path match in these patterns is case-sensitive, hence both spellings. */
export const PDF_LINK_PATTERNS = [
  '*://*/*.pdf',
  '*://*/*.pdf?*',
  '*://*/*.PDF',
  '*://*/*.PDF?*',
  '*://*/*mgConvert2PDF.aspx*',
];

function originsOf(url: URL): string[] {
  return [`${url.protocol}//${url.hostname}/*`];
}

async function openInViewer(src: string, tab?: { id?: number; index?: number }): Promise<void> {
  await browser.tabs.create({
    url: viewerUrl(src),
    ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}),
    ...(tab?.id !== undefined ? { openerTabId: tab.id } : {}),
  });
}

function onMenuClick(
  info: { menuItemId: string | number; linkUrl?: string },
  tab?: { id?: number; index?: number },
): void {
  if (info.menuItemId !== OPEN_PDF_MENU_ID) return;
  const url = webUrl(info.linkUrl);
  if (!url) return;
  // Outside the default sites the viewer needs this one site's permission to fetch the file. The click is
  // the user's gesture that lets us ask, so the request comes before anything is awaited.
  const asked = isDefaultSite(url.hostname)
    ? Promise.resolve(true)
    : browser.permissions.request({ origins: originsOf(url) }).catch(() => false);
  void asked.then(() => openInViewer(url.href, tab));
}

/** A tab navigating to a PDF on a default site in England goes to the viewer instead, when the reader chose that. */
async function onTabUpdated(tabId: number, change: { url?: string }): Promise<void> {
  const url = change.url;
  // Checked before the setting is read, so ordinary navigations cost no storage read.
  if (!url || !isAutoOpenCandidate(url, isEnglishDefaultSite)) return;
  if (!(await loadPdfSettings()).openPdfLinks) return;
  await browser.tabs.update(tabId, { url: viewerUrl(url) }).catch(() => undefined);
}

export function initPdf(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: OPEN_PDF_MENU_ID,
      title: 'Open in Scrutiny Lens',
      contexts: ['link'],
      targetUrlPatterns: PDF_LINK_PATTERNS,
    });
  });
  browser.contextMenus.onClicked.addListener(onMenuClick);
  browser.tabs.onUpdated.addListener((tabId, change) => void onTabUpdated(tabId, change));
}
