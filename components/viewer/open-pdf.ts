import type { PDFDocumentProxy } from 'pdfjs-dist';
import { classifyOpenError, type Failure } from '@/lib/pdf/failures';
import { openPdf } from '@/lib/pdf/pdfjs';
import type { DocumentSource } from './open-document';

export type Opened =
  | { ok: true; pdf: PDFDocumentProxy; source: DocumentSource }
  | { ok: false; failure: Failure; source?: DocumentSource };

/** Hands the bytes to PDF.js; a password it needs, or a file it cannot read, comes back as a failure to show. */
export async function openSource(source: DocumentSource, password?: string): Promise<Opened> {
  const task = openPdf(source.bytes, password);
  try {
    const pdf = await task.promise;
    return { ok: true, pdf, source };
  } catch (error) {
    void task.destroy();
    return { ok: false, failure: classifyOpenError(error), source };
  }
}
