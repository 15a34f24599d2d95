import { describe, expect, it } from 'vitest';
import {
  classifyOpenError,
  classifyResponse,
  describeFailure,
  type FailureKind,
  looksLikePdf,
} from '../../../lib/pdf/failures';

const bytes = (s: string) => new TextEncoder().encode(s);
const ok = { status: 200, contentType: 'application/pdf', finalUrl: 'https://x.gov.uk/a.pdf' };

describe('looksLikePdf', () => {
  it('finds the header at the start', () => {
    expect(looksLikePdf(bytes('%PDF-1.7\n…'))).toBe(true);
  });

  it('finds the header after a little junk, as the format allows', () => {
    expect(looksLikePdf(bytes(`\r\n\r\n%PDF-1.4`))).toBe(true);
  });

  it('refuses a Word file', () => {
    expect(looksLikePdf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toBe(false);
  });
});

describe('classifyResponse', () => {
  it('accepts PDF bytes even when the server calls them something else', () => {
    expect(classifyResponse({ ...ok, contentType: 'text/plain', head: bytes('%PDF-1.5') })).toBeUndefined();
  });

  it('calls 401 and 403 a sign-in', () => {
    expect(classifyResponse({ ...ok, status: 403, head: bytes('') })).toEqual({ kind: 'needs-login', status: 403 });
  });

  it('calls 404 not found', () => {
    expect(classifyResponse({ ...ok, status: 404, head: bytes('') })).toEqual({ kind: 'not-found', status: 404 });
  });

  it('calls a server error a failed download', () => {
    expect(classifyResponse({ ...ok, status: 503, head: bytes('') })).toEqual({ kind: 'download-failed', status: 503 });
  });

  it('recognises a sign-in page sent instead of the document', () => {
    const page = '<!DOCTYPE html><form><input type="password" name="pw"></form>';
    expect(classifyResponse({ ...ok, contentType: 'text/html', head: bytes(page) })).toEqual({ kind: 'needs-login' });
  });

  it('recognises a redirect to a login address', () => {
    expect(
      classifyResponse({
        ...ok,
        contentType: 'text/html',
        finalUrl: 'https://sso.x.gov.uk/adfs/ls',
        head: bytes('<html>'),
      }),
    ).toEqual({
      kind: 'needs-login',
    });
  });

  it('calls any other web page not a PDF', () => {
    expect(classifyResponse({ ...ok, contentType: 'text/html', head: bytes('<html><h1>Agenda</h1></html>') })).toEqual({
      kind: 'not-pdf',
    });
  });
});

describe('classifyOpenError', () => {
  it('asks for a password when PDF.js needs one', () => {
    expect(classifyOpenError({ name: 'PasswordException', code: 1 })).toEqual({ kind: 'password' });
  });

  it('says the password was wrong when PDF.js says so', () => {
    expect(classifyOpenError({ name: 'PasswordException', code: 2 })).toEqual({ kind: 'wrong-password' });
  });

  it('calls anything else a damaged file', () => {
    expect(classifyOpenError({ name: 'InvalidPDFException', message: 'Invalid PDF structure.' })).toEqual({
      kind: 'damaged',
    });
  });
});

describe('describeFailure', () => {
  const kinds: FailureKind[] = [
    'bad-address',
    'download-failed',
    'not-found',
    'needs-login',
    'not-allowed',
    'not-pdf',
    'damaged',
    'password',
    'wrong-password',
  ];

  it.each(kinds)('has a title and an explanation for %s', (kind) => {
    const text = describeFailure({ kind });
    expect(text.title.length * text.body.length).toBeGreaterThan(0);
  });

  it('mentions the status the site gave', () => {
    expect(describeFailure({ kind: 'download-failed', status: 502 }).body).toContain('502');
  });
});
