/**
 * Messages between the content script, the background and the extension's
 * pages. One union so every sender and receiver agrees on the shapes.
 */
export interface FoundTerm {
  termId: string;
  count: number;
}

export type LensMessage =
  | { type: 'page-terms'; terms: FoundTerm[] }
  | { type: 'get-page-terms' };

export function isLensMessage(value: unknown): value is LensMessage {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
