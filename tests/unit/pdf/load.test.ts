import { describe, expect, it, vi } from 'vitest';
import { downloadPdf, LoadFailure } from '../../../lib/pdf/load';

function respond(body: string | Uint8Array, init: ResponseInit & { url?: string } = {}): typeof fetch {
  return vi.fn(async () => {
    const response = new Response(typeof body === 'string' ? body : new Blob([body as BlobPart]), init);
    if (init.url) Object.defineProperty(response, 'url', { value: init.url });
    return response;
  }) as unknown as typeof fetch;
}

async function failureOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof LoadFailure) return error.failure;
    throw error;
  }
  return undefined;
}

describe('downloadPdf', () => {
  it('returns the bytes of a PDF', async () => {
    const bytes = await downloadPdf('https://x.gov.uk/a.pdf', {
      fetch: respond('%PDF-1.7 body', { headers: { 'content-type': 'application/pdf' } }),
    });
    expect(new TextDecoder().decode(bytes)).toBe('%PDF-1.7 body');
  });

  it('sends the reader’s cookies, so a document behind a sign-in they already did opens', async () => {
    const fetch = respond('%PDF-1.7');
    await downloadPdf('https://x.gov.uk/a.pdf', { fetch });
    expect(vi.mocked(fetch).mock.calls[0][1]).toMatchObject({ credentials: 'include' });
  });

  it('reports progress against Content-Length', async () => {
    const progress: Array<{ loaded: number; total?: number }> = [];
    await downloadPdf('https://x.gov.uk/a.pdf', {
      fetch: respond('%PDF-1.7', { headers: { 'content-length': '8' } }),
      onProgress: (p) => progress.push(p),
    });
    expect(progress.at(-1)).toEqual({ loaded: 8, total: 8 });
  });

  it('turns a network failure into a failed download', async () => {
    const failing = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    expect(await failureOf(downloadPdf('https://x.gov.uk/a.pdf', { fetch: failing }))).toEqual({
      kind: 'download-failed',
    });
  });

  it('turns a sign-in page into needs-login', async () => {
    const fetch = respond('<html><input type=password></html>', { headers: { 'content-type': 'text/html' } });
    expect(await failureOf(downloadPdf('https://x.gov.uk/a.pdf', { fetch }))).toEqual({ kind: 'needs-login' });
  });

  it('lets an abort through as an abort, not as a failure to explain', async () => {
    const aborting = vi.fn(async () => {
      throw new DOMException('aborted', 'AbortError');
    }) as unknown as typeof fetch;
    await expect(downloadPdf('https://x.gov.uk/a.pdf', { fetch: aborting })).rejects.toThrow('aborted');
  });
});
