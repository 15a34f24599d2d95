/**
 * Every way opening a document can fail, each with words a reader can act on.
 * The viewer shows the message and always offers the original address, so a
 * failure here never leaves the reader worse off than without the extension.
 */

export type FailureKind =
  | 'bad-address'
  | 'download-failed'
  | 'not-found'
  | 'needs-login'
  | 'not-allowed'
  | 'not-pdf'
  | 'damaged'
  | 'password'
  | 'wrong-password';

export interface Failure {
  kind: FailureKind;
  /** The server's status, when there was one; shown to help someone reporting a problem. */
  status?: number;
}

export interface FailureText {
  title: string;
  body: string;
}

export function describeFailure(failure: Failure): FailureText {
  const status = failure.status ? ` (the site answered ${failure.status})` : '';
  switch (failure.kind) {
    case 'bad-address':
      return {
        title: 'This is not a web address',
        body: 'Scrutiny Lens can open PDFs from web addresses (http or https), or a file you choose from your computer.',
      };
    case 'download-failed':
      return {
        title: 'The document could not be downloaded',
        body: `The site did not send the document${status}. It may be busy or offline, or your connection may have dropped. Try again, or open the original.`,
      };
    case 'not-found':
      return {
        title: 'The document is not at this address',
        body: `The site says there is nothing here${status}. The link may be out of date; the committee's meeting page may have a newer one.`,
      };
    case 'needs-login':
      return {
        title: 'The site wants you to sign in first',
        body: `The site sent a sign-in page instead of the document${status}. Open the original, sign in there, then open it in Scrutiny Lens again.`,
      };
    case 'not-allowed':
      return {
        title: 'Scrutiny Lens may not read this site',
        body: 'The document is on a site outside the council and NHS sites Scrutiny Lens reads. You can allow this one site, or open the original.',
      };
    case 'not-pdf':
      return {
        title: 'This is not a PDF',
        body: 'The address gave something other than a PDF document, such as a web page or a Word file. Open the original to see what it is.',
      };
    case 'damaged':
      return {
        title: 'This PDF is damaged',
        body: 'The file is incomplete or broken, so its pages cannot be shown. The download may have been cut short; try again, or open the original.',
      };
    case 'password':
      return {
        title: 'This PDF is protected by a password',
        body: 'Enter the password to open it, or open the original.',
      };
    case 'wrong-password':
      return {
        title: 'That password did not open the PDF',
        body: 'Check the password and try again, or open the original.',
      };
  }
}

/** Shown over a document that opened but has no text to read (a scan). */
export const NO_TEXT_NOTICE =
  'This document is images of pages; its text cannot be read, so no terms are marked and find will not work. The pages are still shown.';

/** Looks for the `%PDF-` header; the format allows a little junk before it. */
export function looksLikePdf(head: Uint8Array): boolean {
  const limit = Math.min(head.length - 4, 1024);
  for (let i = 0; i < limit; i++) {
    if (
      head[i] === 0x25 &&
      head[i + 1] === 0x50 &&
      head[i + 2] === 0x44 &&
      head[i + 3] === 0x46 &&
      head[i + 4] === 0x2d
    ) {
      return true;
    }
  }
  return false;
}

const SIGN_IN = /type\s*=\s*["']?password|\bsign[\s-]?in\b|\blog[\s-]?in\b|\blogon\b|single sign-on/i;
const SIGN_IN_ADDRESS = /\/(login|logon|signin|sign-in|sso|auth|oauth2?|saml|adfs)\b/i;

export interface ResponseFacts {
  status: number;
  contentType: string;
  /** Where the request ended after redirects. */
  finalUrl: string;
  /** The first bytes of the body (a few kilobytes is plenty). */
  head: Uint8Array;
}

/**
 * Decides from a finished download whether it is a PDF, and if not, why.
 * Undefined means "a PDF": the bytes say so, whatever the headers claim.
 */
export function classifyResponse(r: ResponseFacts): Failure | undefined {
  if (r.status === 401 || r.status === 403 || r.status === 407) return { kind: 'needs-login', status: r.status };
  if (r.status === 404 || r.status === 410) return { kind: 'not-found', status: r.status };
  if (r.status < 200 || r.status >= 300) return { kind: 'download-failed', status: r.status };
  if (looksLikePdf(r.head)) return undefined;
  const type = r.contentType.split(';')[0].trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml' || startsLikeHtml(r.head)) {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(r.head);
    if (SIGN_IN_ADDRESS.test(safePath(r.finalUrl)) || SIGN_IN.test(text)) return { kind: 'needs-login' };
  }
  return { kind: 'not-pdf' };
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

function startsLikeHtml(head: Uint8Array): boolean {
  const start = new TextDecoder().decode(head.subarray(0, 256)).trimStart().toLowerCase();
  return start.startsWith('<!doctype html') || start.startsWith('<html') || start.startsWith('<?xml');
}

/**
 * PDF.js reports problems as errors with a `name` (and for passwords a
 * `code`: 1 means a password is needed, 2 that the one given was wrong).
 */
export function classifyOpenError(error: unknown): Failure {
  const e = error as { name?: unknown; code?: unknown } | null;
  if (e?.name === 'PasswordException') return { kind: e.code === 2 ? 'wrong-password' : 'password' };
  return { kind: 'damaged' };
}
