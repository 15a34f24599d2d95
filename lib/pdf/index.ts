/**
 * The PDF viewer's helpers for the rest of the extension:
 * - `isPdfUrl(url, contentType?)`: whether an address (or a response's type) is a PDF the viewer can open;
 * - `viewerUrl(src)`: the viewer's address for a PDF, e.g. for the popup's "Open in Scrutiny Lens";
 * - `loadPdfSettings()` / `savePdfSettings()` / `pdfSettingsItem` (`local:pdfSettings`): the option to open
 *   PDF links on the council and NHS sites in the viewer, off by default.
 */
export {
  DEFAULT_PDF_SETTINGS,
  loadPdfSettings,
  type PdfSettings,
  pdfSettingsItem,
  savePdfSettings,
  watchPdfSettings,
} from './settings';
export { isPdfUrl, viewerUrl } from './url';
