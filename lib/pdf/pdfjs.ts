import { GlobalWorkerOptions, getDocument, type PDFDocumentLoadingTask } from 'pdfjs-dist';
import { BundledBinaryData, rendererUrl, workerUrl } from './assets';

/**
 * The one place PDF.js is configured. Parsing runs in its worker; drawing
 * runs in its renderer worker where the browser has OffscreenCanvas, so the
 * page stays responsive while pages are drawn.
 */
GlobalWorkerOptions.workerSrc = workerUrl;
GlobalWorkerOptions.rendererSrc = rendererUrl;

export function openPdf(data: Uint8Array, password?: string): PDFDocumentLoadingTask {
  return getDocument({
    // PDF.js takes ownership of the buffer it is given; a copy keeps ours for a retry with a password.
    data: data.slice(),
    ...(password !== undefined ? { password } : {}),
    BinaryDataFactory: BundledBinaryData,
    useWorkerFetch: false,
    cMapPacked: true,
    // Forms, annotations' scripts and XFA stay off: this is a reader, and a document's code never runs.
    enableXfa: false,
    stopAtErrors: false,
  });
}
