import { isEmailAddress, normaliseEmail } from './email';
import type { LetterDocument } from './model';
import { toPlainText } from './plain-text';

/**
 * How long a mailto: URL may be before we stop trusting it to arrive whole.
 *
 * RFC 6068 sets no limit, but the programs in between do. On Windows the
 * browser hands the URL to the mail program through the shell, and Outlook and
 * Windows Mail have been reported to cut it off, or refuse it, at about 2,046
 * characters; Internet Explorer's 2,083-character URL ceiling still lingers in
 * components built on it; Firefox with Thunderbird was measured failing just
 * past 2,000. Web-mail handlers (Gmail registered as the mailto: handler) have
 * been seen to drop even shorter bodies. Truncation is silent: the letter just
 * stops mid-sentence. 1,900 leaves headroom under the ~2,000 mark. Longer
 * letters are copied to the clipboard instead and the mail opens with the
 * subject only.
 */
export const MAILTO_SAFE_LENGTH = 1900;

export interface MailtoInput {
  to?: readonly string[];
  cc?: readonly string[];
  subject: string;
  body: string;
}

export type MailtoResult =
  | { kind: 'ok'; url: string }
  /** Too long to trust: copy `body` to the clipboard, then open `subjectOnlyUrl`. */
  | { kind: 'too-long'; subjectOnlyUrl: string; body: string; length: number }
  | { kind: 'invalid-address'; invalid: string[] };

/** Percent-encodes for a mailto: query (RFC 6068): UTF-8, spaces as %20 (never +), line breaks as %0D%0A. */
export function encodeMailtoComponent(text: string): string {
  return encodeURIComponent(text.replace(/\r\n?/g, '\n').replace(/\n/g, '\r\n'));
}

function encodeAddresses(list: readonly string[]): string {
  // "@" may stay as it is in an address; some mail programs mishandle %40.
  return list.map((a) => encodeURIComponent(normaliseEmail(a)).replace(/%40/g, '@')).join(',');
}

/**
 * Builds a mailto: URL for the letter. Returns `too-long` when the URL would
 * pass `maxLength` (see MAILTO_SAFE_LENGTH), and `invalid-address` when a
 * recipient does not look like an e-mail address.
 */
export function buildMailto(input: MailtoInput, options: { maxLength?: number } = {}): MailtoResult {
  const maxLength = options.maxLength ?? MAILTO_SAFE_LENGTH;
  const to = (input.to ?? []).map((a) => a.trim()).filter(Boolean);
  const cc = (input.cc ?? []).map((a) => a.trim()).filter(Boolean);
  const invalid = [...to, ...cc].filter((a) => !isEmailAddress(a));
  if (invalid.length) return { kind: 'invalid-address', invalid };

  const subject = input.subject.replace(/\s+/g, ' ').trim();
  const base = `mailto:${encodeAddresses(to)}`;
  const params: string[] = [];
  if (cc.length) params.push(`cc=${encodeAddresses(cc)}`);
  if (subject) params.push(`subject=${encodeMailtoComponent(subject)}`);
  const subjectOnlyUrl = params.length ? `${base}?${params.join('&')}` : base;
  const body = input.body.replace(/\r\n?/g, '\n');
  const url = body
    ? `${subjectOnlyUrl}${params.length ? '&' : '?'}body=${encodeMailtoComponent(body)}`
    : subjectOnlyUrl;
  if (url.length <= maxLength) return { kind: 'ok', url };
  return { kind: 'too-long', subjectOnlyUrl, body, length: url.length };
}

/** The mailto: link for a rendered letter, its body as unwrapped plain text (the mail program wraps). */
export function mailtoForLetter(
  doc: LetterDocument,
  to: readonly string[] = [],
  options: { maxLength?: number } = {},
): MailtoResult {
  return buildMailto({ to, subject: doc.subject, body: toPlainText(doc, { width: 0 }).trimEnd() }, options);
}
