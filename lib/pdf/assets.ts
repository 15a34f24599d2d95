/**
 * PDF.js's workers and the data they ask for (character maps for East Asian
 * fonts, the standard fonts, image decoders) ship inside the extension: no
 * remote code, and documents open offline. Vite copies each file into the
 * build and hands back its address; those addresses carry content hashes, so
 * PDF.js cannot derive them from a base folder and asks `BundledBinaryData`.
 */

import rendererUrl from 'pdfjs-dist/build/pdf.renderer.min.mjs?url';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

type UrlMap = Record<string, string>;

const cmaps: UrlMap = import.meta.glob<string>('/node_modules/pdfjs-dist/cmaps/*.bcmap', {
  eager: true,
  query: '?url&no-inline',
  import: 'default',
});
const fonts: UrlMap = import.meta.glob<string>('/node_modules/pdfjs-dist/standard_fonts/*.{pfb,ttf}', {
  eager: true,
  query: '?url&no-inline',
  import: 'default',
});
// JBIG2 and JPEG 2000 are how scanners compress pages. The colour-profile and
// JavaScript engines are left out: PDF.js manages without them, and we never run a document's scripts.
const wasm: UrlMap = import.meta.glob<string>('/node_modules/pdfjs-dist/wasm/{jbig2,openjpeg}.wasm', {
  eager: true,
  query: '?url&no-inline',
  import: 'default',
});

export { rendererUrl, workerUrl };

const FOLDERS: Record<string, UrlMap> = { cMapUrl: cmaps, standardFontDataUrl: fonts, wasmUrl: wasm };

/** The bundled address of a file PDF.js asks for by kind and name, if we ship it. */
export function bundledAssetUrl(kind: string, filename: string): string | undefined {
  const folder = FOLDERS[kind];
  if (!folder) return undefined;
  const suffix = `/${filename}`;
  for (const [path, url] of Object.entries(folder)) if (path.endsWith(suffix)) return url;
  return undefined;
}

/** PDF.js's `BinaryDataFactory` contract: bytes for a (kind, filename) pair. */
export class BundledBinaryData {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const url = bundledAssetUrl(kind, filename);
    if (!url) throw new Error(`Scrutiny Lens does not ship ${kind} ${filename}`);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`Could not read ${url}: ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }
}
