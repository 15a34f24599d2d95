import { type Failure, looksLikePdf } from '@/lib/pdf/failures';
import { downloadPdf, LoadFailure, type LoadProgress } from '@/lib/pdf/load';
import { isDefaultSite } from '@/lib/sites/defaults';

/** Where a document came from: a web address, or a file the reader chose (no address to link back to). */
export interface DocumentSource {
  src?: string;
  fileName?: string;
  bytes: Uint8Array;
}

/** Host permission for the document's site, which the viewer's fetch needs outside the default sites. */
export function originPattern(src: string): string {
  const url = new URL(src);
  return `${url.protocol}//${url.hostname}/*`;
}

async function mayRead(src: string): Promise<boolean> {
  if (isDefaultSite(new URL(src).hostname)) return true;
  try {
    return await browser.permissions.contains({ origins: [originPattern(src)] });
  } catch {
    return false;
  }
}

export async function downloadSource(
  src: string,
  onProgress: (p: LoadProgress) => void,
): Promise<DocumentSource | Failure> {
  try {
    return { src, bytes: await downloadPdf(src, { onProgress }) };
  } catch (error) {
    if (!(error instanceof LoadFailure)) return { kind: 'download-failed' };
    // A refused fetch outside our sites is a missing permission far more often than a network fault.
    if (error.failure.kind === 'download-failed' && !error.failure.status && !(await mayRead(src)))
      return { kind: 'not-allowed' };
    return error.failure;
  }
}

export function fileSource(fileName: string, bytes: Uint8Array): DocumentSource | Failure {
  return looksLikePdf(bytes.subarray(0, 1024)) ? { fileName, bytes } : { kind: 'not-pdf' };
}
