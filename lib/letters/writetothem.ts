/**
 * WriteToThem (mySociety) finds a resident's councillors, MP and other
 * representatives from a postcode and sends the message for them. We only ever
 * link to its front page, adding `?pc=` when the writer has given a postcode
 * that looks like one, so the postcode never leaves the browser otherwise.
 */

export const WRITETOTHEM_URL = 'https://www.writetothem.com/';

/**
 * A loose check of the UK postcode shape: outward code (A9, A99, AA9, AA99,
 * A9A, AA9A) then inward code (9AA), with or without the space, any case.
 * It does not know which postcodes exist; WriteToThem does that.
 */
const POSTCODE = /^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$/;

/** "sw1a1aa" → "SW1A 1AA"; null when it does not look like a UK postcode. */
export function normalisePostcode(input: string): string | null {
  const compact = input.replace(/\s+/g, '').toUpperCase();
  if (compact === 'GIR0AA') return 'GIR 0AA';
  const m = POSTCODE.exec(compact);
  return m ? `${m[1]} ${m[2]}` : null;
}

export function isUkPostcode(input: string): boolean {
  return normalisePostcode(input) !== null;
}

export interface WriteToThemLink {
  url: string;
  /** The postcode as sent, or null when none was given or it did not look like one. */
  postcode: string | null;
  /** True when the writer typed something that is not a postcode, so the UI can say so. */
  postcodeRejected: boolean;
}

export function writeToThemUrl(postcode?: string | null): WriteToThemLink {
  const typed = postcode?.trim() ?? '';
  if (!typed) return { url: WRITETOTHEM_URL, postcode: null, postcodeRejected: false };
  const pc = normalisePostcode(typed);
  if (!pc) return { url: WRITETOTHEM_URL, postcode: null, postcodeRejected: true };
  return { url: `${WRITETOTHEM_URL}?pc=${encodeURIComponent(pc)}`, postcode: pc, postcodeRejected: false };
}
