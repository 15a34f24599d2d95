import { foldForSearch } from './normalise';

/**
 * Short forms that readers type but the glossary spells out. Each rule maps a
 * folded query to the folded phrase it stands for; the original query is
 * always searched too, so an expansion can only add results.
 */
const SHORT_FORMS: ReadonlyArray<readonly [RegExp, string]> = [
  // s75, s.75, s 75, sec 75, sect 75 → section 75 (NHS Act 2006 sections are cited this way in board papers)
  [/\b(?:s|ss|sec|sect)\s?(\d+[a-z]?)\b/g, 'section $1'],
];

/** The folded forms a query may mean, the query itself first. */
export function expandQuery(query: string): string[] {
  const folded = foldForSearch(query);
  if (!folded) return [];
  const forms = [folded];
  for (const [pattern, replacement] of SHORT_FORMS) {
    const expanded = folded.replace(pattern, replacement);
    if (expanded !== folded && !forms.includes(expanded)) forms.push(expanded);
  }
  return forms;
}

/** Leading words a selection often carries that say nothing about which term it is. */
const LEADING_NOISE = /^(?:the|a|an|this|that|these|those|our|their|its|each|every|any)\s+/;

/** A selected piece of page text, folded and stripped of a leading article. */
export function foldSelection(text: string): string {
  let folded = foldForSearch(text);
  while (LEADING_NOISE.test(folded)) folded = folded.replace(LEADING_NOISE, '');
  return folded;
}

/**
 * The folded form without a plural or possessive "s" ("icbs", "ccgs" from
 * "CCG's", "control totals"), or undefined when there is none to drop. Only
 * for exact comparison: as a prefix "ic" from "ics" would match too much.
 */
export function withoutPluralS(folded: string): string | undefined {
  return /[a-z0-9]{2}s$/.test(folded) && !folded.endsWith('ss') ? folded.slice(0, -1) : undefined;
}
