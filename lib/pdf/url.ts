/**
 * Addresses in and out of the viewer. Pure functions, so the popup, the
 * background and the viewer agree on what counts as a PDF and how the viewer
 * is addressed.
 */

const PDF_TYPES = new Set(['application/pdf', 'application/x-pdf', 'application/acrobat', 'applications/vnd.pdf']);

/**
 * Addresses that serve PDFs without saying so in the file name: ModernGov's
 * "convert to PDF" pages, which many councils link from their agendas.
 */
const PDF_ENDPOINTS = [/\/mgConvert2PDF\.aspx$/i];

/** Only web addresses: the viewer fetches with the extension's host permissions, which cover nothing else. */
export function webUrl(raw: string | null | undefined): URL | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

function mediaType(contentType: string): string {
  return contentType.split(';')[0].trim().toLowerCase();
}

/**
 * Whether `url` is a PDF the viewer can open. A content type, when known,
 * decides (servers send PDFs as octet-stream often enough that a .pdf name
 * still counts then); otherwise the address's path does.
 */
export function isPdfUrl(url: string, contentType?: string): boolean {
  const parsed = webUrl(url);
  if (!parsed) return false;
  const path = decodeURIComponentSafe(parsed.pathname);
  const named = /\.pdf$/i.test(path) || PDF_ENDPOINTS.some((re) => re.test(path));
  if (contentType) {
    const type = mediaType(contentType);
    if (PDF_TYPES.has(type)) return true;
    if (type === 'application/octet-stream' || type === 'binary/octet-stream' || type === '') return named;
    return false;
  }
  return named;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Where the viewer lives; the default asks the browser, tests pass their own. */
function viewerBase(): string {
  return browser.runtime.getURL('/viewer.html');
}

/**
 * The viewer's address for a PDF. A `#page=N` on the PDF's address (the form
 * browsers' own viewers understand) becomes the viewer's starting page.
 */
export function viewerUrl(src: string, base: string = viewerBase()): string {
  const parsed = webUrl(src);
  if (!parsed) throw new RangeError(`Not a web address: ${src}`);
  const page = pageFromHash(parsed.hash);
  parsed.hash = '';
  const params = new URLSearchParams({ src: parsed.href });
  if (page) params.set('page', String(page));
  return `${base}?${params}`;
}

/** What the viewer was asked to open, read from its own address. */
export interface ViewerRequest {
  /** Undefined when the viewer was opened without a document (it then offers a file picker). */
  src?: string;
  /** True when `src` was given but is not a web address, so the viewer can say so. */
  invalid: boolean;
  page?: number;
}

export function readViewerRequest(search: string): ViewerRequest {
  const params = new URLSearchParams(search);
  const raw = params.get('src');
  const page = positiveInt(params.get('page'));
  if (raw === null || raw.trim() === '') return { invalid: false, ...(page ? { page } : {}) };
  const url = webUrl(raw.trim());
  if (!url) return { invalid: true };
  return { src: url.href, invalid: false, ...(page ? { page } : {}) };
}

function positiveInt(value: string | null | undefined): number | undefined {
  if (!value || !/^\d{1,6}$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}

/** `#page=3` or `#page=3&zoom=100`, as in links to browsers' own viewers. */
export function pageFromHash(hash: string): number | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return positiveInt(params.get('page'));
}

/**
 * The marker on "open the original" links. With the option to open PDF links
 * in the viewer switched on, the background would otherwise send the reader
 * straight back here; the marker lives in the fragment, so the server never
 * sees it and browsers' own viewers ignore it.
 */
const ORIGINAL_MARK = 'scrutiny-lens=original';

export function originalUrl(src: string, page?: number): string {
  const parsed = webUrl(src);
  if (!parsed) return src;
  const parts = [ORIGINAL_MARK];
  if (page) parts.unshift(`page=${page}`);
  parsed.hash = parts.join('&');
  return parsed.href;
}

export function isMarkedOriginal(url: string): boolean {
  const hash = webUrl(url)?.hash ?? '';
  return hash.replace(/^#/, '').split('&').includes(ORIGINAL_MARK);
}

/**
 * Whether a tab navigating to `url` is one the option "open PDF links here"
 * takes over: a PDF on one of the default council and NHS sites, and not an
 * "open the original" link from the viewer.
 */
export function isAutoOpenCandidate(url: string, isDefaultHost: (host: string) => boolean): boolean {
  const parsed = webUrl(url);
  return Boolean(parsed && isDefaultHost(parsed.hostname) && isPdfUrl(url) && !isMarkedOriginal(url));
}

/** A short name for a document: its file name without `.pdf`, for the title bar until the PDF gives its own. */
export function fileTitle(src: string): string {
  const parsed = webUrl(src);
  const last = parsed ? decodeURIComponentSafe(parsed.pathname.split('/').filter(Boolean).pop() ?? '') : src;
  const name = last
    .replace(/\.pdf$/i, '')
    .replace(/[_+]/g, ' ')
    .trim();
  return name || parsed?.hostname || 'PDF document';
}
