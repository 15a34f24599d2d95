/**
 * The year a page was written, when the page says so: it helps choose between
 * the senses of an abbreviation whose meaning changed (STP in 2016 was a plan,
 * by 2018 a partnership). Looks at publication metadata, then the title and
 * main heading; undefined when nothing says.
 */
const META = [
  'article:published_time',
  'dcterms.created',
  'dcterms.issued',
  'dc.date',
  'dc.date.issued',
  'date',
  'citation_publication_date',
];

const YEAR = /\b(20[0-3]\d|19[89]\d)\b/;

export function pageYear(doc: Document, now = new Date()): number | undefined {
  const plausible = (y: number) => y >= 1990 && y <= now.getFullYear() + 1;
  for (const name of META) {
    const content = doc.querySelector(`meta[name="${name}" i], meta[property="${name}" i]`)?.getAttribute('content');
    const year = content ? Number(YEAR.exec(content)?.[1]) : Number.NaN;
    if (plausible(year)) return year;
  }
  for (const text of [doc.title, doc.querySelector('h1')?.textContent ?? '']) {
    const year = Number(YEAR.exec(text)?.[1]);
    if (plausible(year)) return year;
  }
  return undefined;
}
