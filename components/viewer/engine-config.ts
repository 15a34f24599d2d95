import matcherJson from 'virtual:scrutiny-lens/matcher';
import { styleFor } from '@/lib/content/style-of';
import { bundledGlossary, withLocalTerms } from '@/lib/glossary/data';
import { metaOf, nhsPagesOnlyFor } from '@/lib/glossary/term-meta';
import type { Glossary } from '@/lib/glossary/validate';
import { loadLocalTerms, toTerms } from '@/lib/local-terms';
import { type CompiledMatcher, compileMatcher } from '@/lib/match/compile';
import { rulesFromTerms } from '@/lib/match/rules';
import { findMatches } from '@/lib/match/scan';
import { rankSenses, senseCandidate } from '@/lib/match/senses';
import type { PageMatchConfig } from '@/lib/pdf/page-marks';
import type { SliceMeter } from '@/lib/pdf/slice-meter';
import type { Settings } from '@/lib/settings/schema';

/**
 * The glossary and matcher the viewer marks with: the build's compiled
 * matcher, as the content script uses, unless the reader has terms of their
 * own, which join it as they do on web pages.
 */
export interface Engine {
  glossary: Glossary;
  matcher: CompiledMatcher;
}

let loading: Promise<Engine> | undefined;

/** The engine, loaded once per viewer page: the viewer starts it while the document downloads. */
export function engineOnce(meter?: SliceMeter): Promise<Engine> {
  loading ??= loadEngine(meter);
  return loading;
}

export async function loadEngine(meter?: SliceMeter): Promise<Engine> {
  const base = bundledGlossary();
  const local = toTerms(await loadLocalTerms().catch(() => []));
  const engine = local.length
    ? (() => {
        const glossary = withLocalTerms(base, local);
        return { glossary, matcher: compileMatcher(rulesFromTerms(glossary.terms)) };
      })()
    : { glossary: base, matcher: matcherJson };
  await warmUp(engine.matcher, meter);
  return engine;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The matcher builds its lookup tables on first use, in one piece the engine
 * cannot slice. Doing that here, in tasks of its own while the document is
 * still downloading or parsing, keeps it out of the first page's marking.
 */
async function warmUp(matcher: CompiledMatcher, meter?: SliceMeter): Promise<void> {
  const run = (label: string, text: string) =>
    meter ? meter.time(label, () => findMatches(matcher, text)) : findMatches(matcher, text);
  await nextTask();
  run('matcher start-up', 'ICB');
  await nextTask();
  run('matcher warm-up', WARM_UP_TEXT);
}

const WARM_UP_TEXT =
  "The integrated care board's operational plan, the Better Care Fund and the council's Health and Wellbeing Board (HWB): " +
  'section 75 agreements, STP footprints and 18-week RTT targets, 2025/26 — see paras 3.1–3.4.';

/** The matching rules for the reader's settings; `year` is the document's, which helps choose between senses. */
export function matchConfig(engine: Engine, settings: Settings, year?: number): PageMatchConfig {
  const meta = new Map(engine.glossary.terms.map((t) => [t.id, metaOf(t)]));
  return {
    matcher: engine.matcher,
    styleOf: styleFor(meta, settings),
    density: settings.marks.density,
    nhsPagesOnly: nhsPagesOnlyFor(meta),
    rankSenses(termIds, context, spelledOut) {
      const candidates = termIds.flatMap((id) => {
        const term = engine.glossary.termsById.get(id);
        return term ? [senseCandidate(term)] : [];
      });
      return candidates.length > 1 ? rankSenses(candidates, context, year, spelledOut) : [...termIds];
    },
  };
}
