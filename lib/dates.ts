/** Dates as a British reader writes them, shared by the card and the letter. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A date written YYYY, YYYY-MM or YYYY-MM-DD, no more precise than it is given:
 * "2016", "October 2016" or "21 October 2016". Done by hand rather than with
 * Intl so a month never shifts with a time zone. Anything else comes back as is.
 */
export function formatIsoDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  if (!m[2]) return m[1];
  const month = MONTHS[Number(m[2]) - 1] ?? m[2];
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}
