import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

/**
 * The viewer's own setting, apart from the main settings so this feature can
 * change its shape without a migration of everything else.
 */
export const pdfSettingsSchema = z.strictObject({
  /** Open links to PDFs on the council and NHS sites in the viewer instead of the browser's own viewer. */
  openPdfLinks: z.boolean(),
});

export type PdfSettings = z.infer<typeof pdfSettingsSchema>;

/** Off by default: taking over the browser's PDF viewer is the reader's choice. */
export const DEFAULT_PDF_SETTINGS: PdfSettings = { openPdfLinks: false };

// Pure, so a bundle that never reads the item leaves it out: defining an item with migrations reads storage
// twice at once (its value and its version), which the content script would pay on every page with a term.
export const pdfSettingsItem = /* @__PURE__ */ storage.defineItem<PdfSettings>('local:pdfSettings', {
  fallback: DEFAULT_PDF_SETTINGS,
  version: 1,
});

export async function loadPdfSettings(): Promise<PdfSettings> {
  const parsed = pdfSettingsSchema.safeParse(await pdfSettingsItem.getValue());
  return parsed.success ? parsed.data : DEFAULT_PDF_SETTINGS;
}

export async function savePdfSettings(settings: PdfSettings): Promise<void> {
  await pdfSettingsItem.setValue(pdfSettingsSchema.parse(settings));
}

export function watchPdfSettings(onChange: (settings: PdfSettings) => void): () => void {
  return pdfSettingsItem.watch(() => void loadPdfSettings().then(onChange));
}
