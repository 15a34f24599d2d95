/**
 * A deliberately forgiving e-mail address check. Its job is to catch typing
 * mistakes (a missing @, a space, a trailing dot) before a letter goes out, not
 * to enforce RFC 5322: council and NHS addresses are ordinary, and a strict
 * check would only reject real addresses.
 */

const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/** Trims and lower-cases the domain (the part after @ is case-insensitive; the part before may not be). */
export function normaliseEmail(input: string): string {
  const s = input.trim();
  const at = s.lastIndexOf('@');
  return at < 0 ? s : `${s.slice(0, at)}@${s.slice(at + 1).toLowerCase()}`;
}

export function isEmailAddress(input: string): boolean {
  const s = input.trim();
  if (s.length === 0 || s.length > 254) return false;
  const at = s.lastIndexOf('@');
  if (at <= 0 || at !== s.indexOf('@')) return false;
  const local = s.slice(0, at);
  const domain = s.slice(at + 1);
  if (local.length > 64 || !LOCAL.test(local)) return false;
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  if (!labels.every((l) => LABEL.test(l))) return false;
  // The top-level domain is letters (or an IDN's xn-- form).
  const tld = labels[labels.length - 1];
  return /^[A-Za-z]{2,63}$/.test(tld) || /^xn--[A-Za-z0-9-]{2,59}$/.test(tld);
}

/**
 * Splits a list typed into one box ("a@x.nhs.uk; b@y.gov.uk") into addresses,
 * reporting the ones that do not look like addresses.
 */
export function parseEmailList(input: string): { valid: string[]; invalid: string[] } {
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const part of input.split(/[;,\s]+/)) {
    if (!part) continue;
    if (isEmailAddress(part)) valid.push(normaliseEmail(part));
    else invalid.push(part);
  }
  return { valid, invalid };
}
