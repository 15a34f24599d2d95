import type { HighlightKind } from '../content/highlight-names';
import { matchWindows } from '../content/windows';
import type { CompiledMatcher } from '../match/compile';
import { PageDefinitions } from '../match/definitions';
import { namesTheNhs } from '../match/nhs-pages';
import type { Density } from '../settings/schema';

/**
 * Which terms to mark on one page, from its text alone (no DOM), so the rules
 * are the content script's: the same matcher, the same highlight for each
 * term under the reader's settings, the same density. A PDF has no headings
 * the matcher can see, so "first in each section" means first on each page.
 */
export interface PageMatchConfig {
  matcher: CompiledMatcher;
  styleOf(termIds: readonly string[]): HighlightKind | undefined;
  density: Density;
  /**
   * Whether a match's terms are marked only on a page that names the NHS (lib/match/nhs-pages.ts). A PDF's
   * pages are read one at a time, so here the page is the PDF's page: a board pack names the NHS on each.
   */
  nhsPagesOnly?(termIds: readonly string[]): boolean;
  /**
   * Orders the senses of a shared abbreviation (ICP, STP) from the words
   * around it, or the sense the page spelled out earlier (`spelledOut`); the
   * first becomes the mark's term. Absent: glossary order.
   */
  rankSenses?(termIds: readonly string[], context: string, spelledOut?: string): string[];
}

export interface PageMark {
  start: number;
  end: number;
  termIds: string[];
  kind: HighlightKind;
}

/** Characters either side of an abbreviation read to choose its sense. */
const SENSE_CONTEXT = 300;

/** Matches `text` one window per step, pushing marks into `out`; a caller runs the steps in time slices. */
export function* pageMatchSteps(
  text: string,
  config: PageMatchConfig,
  out: PageMark[],
): Generator<void, void, undefined> {
  const seen = new Set<string>();
  // Where on the page each term was last named on its own (a match of one sense only), for spelled-out senses.
  const namedAt = new Map<string, number>();
  // Abbreviations and sections the page defines as something else ("Integrated Children's System (ICS)",
  // "Section 75 of the Northern Ireland Act 1998").
  const definitions = new PageDefinitions();
  let namesNhs: boolean | undefined;
  for (const matches of matchWindows(config.matcher, text)) {
    if (definitions.note(text, matches).length) {
      // Marks already made on this page before the definition go too.
      for (let i = out.length - 1; i >= 0; i--) {
        if (!definitions.definesOtherwise(text, out[i].start, out[i].end)) continue;
        const [gone] = out.splice(i, 1);
        if (!out.some((m) => m.termIds[0] === gone.termIds[0])) seen.delete(gone.termIds[0]);
      }
    }
    for (const m of matches) {
      if (definitions.definesOtherwise(text, m.start, m.end)) continue;
      let termIds = m.termIds;
      if (termIds.length === 1) namedAt.set(termIds[0], m.start);
      else if (config.rankSenses) {
        const context = text.slice(Math.max(0, m.start - SENSE_CONTEXT), m.end + SENSE_CONTEXT);
        let spelledOut: string | undefined;
        for (const id of termIds) {
          const at = namedAt.get(id);
          if (at !== undefined && (spelledOut === undefined || at > (namedAt.get(spelledOut) ?? -1))) spelledOut = id;
        }
        termIds = config.rankSenses(termIds, context, spelledOut);
      }
      const kind = config.styleOf(termIds);
      if (!kind) continue;
      if (config.nhsPagesOnly?.(termIds)) {
        namesNhs ??= namesTheNhs(text);
        if (!namesNhs) continue;
      }
      if (config.density === 'first-in-section') {
        if (seen.has(termIds[0])) continue;
        seen.add(termIds[0]);
      }
      out.push({ start: m.start, end: m.end, termIds: [...termIds], kind });
    }
    yield;
  }
}

/** Runs the steps to the end at once: for tests and for short pages. */
export function pageMatches(text: string, config: PageMatchConfig): PageMark[] {
  const out: PageMark[] = [];
  for (const _ of pageMatchSteps(text, config, out));
  return out;
}
