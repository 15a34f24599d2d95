import { isoDay } from '@/lib/letters/text';

/*
 * The browser side of exporting: files, the clipboard, the mail program.
 * Each reports whether it worked, so the page can say what happened.
 */

/** "ask-the-scrutiny-chair-2026-11-22.docx": readable, safe on every file system. */
export function exportFileName(name: string, today: Date, extension: 'docx' | 'txt'): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'letter'}-${isoDay(today)}.${extension}`;
}

/** Long enough for the browser to have started the download; revoking at once can cancel it in Firefox. */
const REVOKE_AFTER_MS = 10_000;

/** Saves a Blob through an `<a download>` link, then frees the Blob URL. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** Hands a mailto: address to the mail program without leaving the page. */
export function openMailto(url: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
}

/**
 * Copies text. The clipboard can be refused (no recent click, a browser
 * setting), so the caller says so and offers another way.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
