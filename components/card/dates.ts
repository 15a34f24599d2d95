const MONTHS = [
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
 * A glossary date (YYYY, YYYY-MM or YYYY-MM-DD) as a British reader writes it,
 * no more precise than the source: "2016", "October 2016", "21 October 2016".
 * Done by hand rather than with Intl so a month never shifts with a time zone.
 */
export function formatIsoDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const monthName = month ? MONTHS[month - 1] : undefined;
  if (!monthName) return String(year);
  return day ? `${day} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** "on 1 July 2022", or "in July 2022" / "in 2022" when the day is not known. */
export function whenIsoDate(iso: string): string {
  return `${iso.length === 10 ? 'on' : 'in'} ${formatIsoDate(iso)}`;
}
