/**
 * Small text helpers shared by the renderers. User text passes through
 * `cleanUserText` once, on its way into the letter model; after that every
 * output treats it as text and nothing else.
 */

import { formatIsoDate, MONTHS } from '../dates';

/**
 * Normalises what someone typed or pasted: well-formed Unicode, \n line ends,
 * tabs as spaces, and no control characters (they are invisible in a letter and
 * make a .docx that Word refuses to open). Everything else is kept exactly,
 * including `<`, `>` and `&`: they are just characters.
 */
export function cleanUserText(input: string): string {
  return (
    input
      .toWellFormed()
      .replace(/\r\n?|[\u2028\u2029]/g, '\n')
      .replace(/\t/g, ' ')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g, '')
  );
}

/** One line of text: runs of whitespace (line breaks included) become one space. */
export function cleanSingleLine(input: string): string {
  return cleanUserText(input).replace(/\s+/g, ' ').trim();
}

/** Several lines: trailing spaces go, three or more line breaks become two. */
export function cleanMultiline(input: string): string {
  return cleanUserText(input)
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** "22 November 2026". Uses the date's local calendar day. */
export function formatLongDate(d: Date): string {
  return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
}

export function isoDay(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/**
 * Reads a date typed as 2026-12-03 (what <input type="date"> gives) or 3/12/2026
 * (how people in the UK write it). Returns null for anything else or for a day
 * that does not exist.
 */
export function parseDay(input: string): { year: number; month: number; day: number } | null {
  const s = input.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  let year: number;
  let month: number;
  let day: number;
  if (m) [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else {
    m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(s);
    if (!m) return null;
    [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { year, month, day };
}

export function formatDayValue(input: string): string | null {
  const d = parseDay(input);
  return d ? `${d.day} ${MONTHS[d.month - 1]} ${d.year}` : null;
}

/** A source's date as precise as it is given: "2016", "October 2016" or "21 October 2016". */
export const formatSourceDate = formatIsoDate;

const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * "12.5m" → "£12.5 million", "1250000" → "£1,250,000", "£3.2bn" → "£3.2 billion",
 * "250k" → "£250,000", "-4m" → "-£4 million". Returns null when the text is not
 * a sum of money, so the caller can keep what was typed and flag it.
 */
export function formatMoney(input: string): string | null {
  const s = input.replace(/[\s,]/g, '');
  const m = /^(-)?£?(\d+(?:\.\d+)?)(k|m|mn|million|bn|billion)?$/i.exec(s);
  if (!m) return null;
  const sign = m[1] ? '-' : '';
  const num = m[2];
  const unit = m[3]?.toLowerCase();
  if (unit === 'm' || unit === 'mn' || unit === 'million') return `${sign}£${stripZeros(num)} million`;
  if (unit === 'bn' || unit === 'billion') return `${sign}£${stripZeros(num)} billion`;
  if (unit === 'k') {
    const pounds = Math.round(Number(num) * 1000);
    return `${sign}£${group(String(pounds))}`;
  }
  const [whole, frac] = num.split('.');
  const wholeClean = whole.replace(/^0+(?=\d)/, '');
  if (frac === undefined) return `${sign}£${group(wholeClean)}`;
  return `${sign}£${group(wholeClean)}.${frac.padEnd(2, '0').slice(0, 2)}`;
}

function stripZeros(num: string): string {
  return num.includes('.') ? num.replace(/\.?0+$/, '') : num.replace(/^0+(?=\d)/, '');
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Counts words the way councils do: anything between spaces that has a letter or digit in it. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Only http and https addresses ever become links; anything else (javascript:, file:, data:) is dropped. */
export function safeWebUrl(input: string | undefined): string | undefined {
  if (!input) return undefined;
  try {
    const u = new URL(input.trim());
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
