import { classifyResponse, type Failure } from './failures';

/**
 * Downloads a PDF with the extension's host permissions, and decides before
 * PDF.js sees it whether it is one: a sign-in page or a missing file gets its
 * own message instead of "invalid PDF".
 */

export class LoadFailure extends Error {
  constructor(readonly failure: Failure) {
    super(failure.kind);
    this.name = 'LoadFailure';
  }
}

export interface LoadProgress {
  loaded: number;
  /** From Content-Length, when the server sends it. */
  total?: number;
}

export interface LoadOptions {
  signal?: AbortSignal;
  onProgress?: (progress: LoadProgress) => void;
  fetch?: typeof fetch;
}

/** How much of the start of a download is kept for telling a PDF from a web page. */
const HEAD_BYTES = 4096;

export async function downloadPdf(src: string, options: LoadOptions = {}): Promise<Uint8Array> {
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    // Cookies go with the request, so a document behind a sign-in the reader already did still opens.
    response = await doFetch(src, { credentials: 'include', signal: options.signal, cache: 'default' });
  } catch (error) {
    if ((error as Error)?.name === 'AbortError') throw error;
    // A fetch that fails outright is a network failure or, outside our host permissions, a CORS refusal.
    throw new LoadFailure({ kind: 'download-failed' });
  }
  const bytes = await readAll(response, options);
  const failure = classifyResponse({
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    finalUrl: response.url || src,
    head: bytes.subarray(0, HEAD_BYTES),
  });
  if (failure) throw new LoadFailure(failure);
  return bytes;
}

async function readAll(response: Response, options: LoadOptions): Promise<Uint8Array> {
  const total = Number(response.headers.get('content-length')) || undefined;
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      loaded += value.byteLength;
      options.onProgress?.({ loaded, ...(total ? { total } : {}) });
    }
  } catch (error) {
    if ((error as Error)?.name === 'AbortError') throw error;
    throw new LoadFailure({ kind: 'download-failed' });
  }
  const out = new Uint8Array(loaded);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
