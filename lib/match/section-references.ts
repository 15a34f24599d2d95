import type { Match } from './scan';

/**
 * Section numbers a page says belong to another law. The glossary's "section
 * 75" is a section of the NHS's own Acts, but councils in Scotland write
 * "Section 75 agreement" for a planning obligation under the Town and Country
 * Planning (Scotland) Act 1997, and councils in Northern Ireland "Section 75"
 * for the equality duty of the Northern Ireland Act 1998. Their sites are under
 * gov.uk, where the lens runs without being asked. Where a page names the other
 * Act, or speaks of that section's duties or groups, its section is not the
 * glossary's.
 */

export interface SectionDefinition {
  /** The section, as "section 75", whatever the page wrote ("Section 75 Agreements", "s75 agreement"). */
  key: string;
  /** Whether the page puts the section in health legislation, where the glossary's sections are. */
  ours: boolean;
}

/** A block's text: a string, or a LongText read a span at a time. */
type Text = { slice(start?: number, end?: number): string };

const SECTION = /^(?:section|s\.?)\s?(\d+(?:[A-Z]+\d*)?)\b/i;
/** "of the", or "(1) of the", or "and Schedule 9 of the", straight after the section. */
const OF_ACT = /^(?:\s*\(\d+[a-z]?\))?(?:\s+and\s+Schedule\s+\d+[A-Z]?)?\s+of\s+(?:the\s+)?/;
/** The Act's name: no sentence ends inside it, and it is not long. */
const ACT_NAME = /^[^.;:\n]{0,90}?\bAct\b/;
/** Health legislation, where the glossary's sections are: the NHS Act 2006, the Health and Social Care Act 2012. */
const HEALTH_ACT = /\b(?:health|NHS|National Health Service)\b/i;
/** A name that says which Act: a capitalised word other than "Act" itself ("the 2006 Act" does not say). */
const NAMED = /\b(?!Act\b)[A-Z][a-z]/;
/**
 * Words that follow the section only where it is another law's: the equality duties and their groups
 * in Northern Ireland, a planning obligation in Scotland. An NHS section 75 is a power to make
 * arrangements, with no duties, groups or screening of its own.
 */
const OTHER_LAW_AFTER = /^\s+(?:duty|duties|equality|categor(?:y|ies)|groups|screening|planning\s+obligations?)\b/i;

/** The section a match's text refers to ("Section 75 Agreements" → "section 75"), or undefined. */
export function sectionKey(text: string): string | undefined {
  const section = SECTION.exec(text);
  return section ? keyOf(section) : undefined;
}

const keyOf = (section: RegExpExecArray) => `section ${section[1].toUpperCase()}`;

/** The sections that `text`'s `matches` are said to belong to one law or another. */
export function sectionDefinitions(text: Text, matches: readonly Match[]): SectionDefinition[] {
  const found: SectionDefinition[] = [];
  for (const m of matches) {
    const written = text.slice(m.start, m.end);
    const section = SECTION.exec(written);
    // Only the bare section says which law it is of: in "a section 75 agreement under the Care Act 2014",
    // the Act is the agreement's context, and it may be named loosely.
    if (!section || section[0].length !== written.length) continue;
    const key = keyOf(section);
    const after = text.slice(m.end, m.end + 160);
    const of = OF_ACT.exec(after);
    const act = of ? ACT_NAME.exec(after.slice(of[0].length)) : null;
    if (act && HEALTH_ACT.test(act[0])) found.push({ key, ours: true });
    else if (act ? NAMED.test(act[0]) : OTHER_LAW_AFTER.test(after)) found.push({ key, ours: false });
  }
  return found;
}
