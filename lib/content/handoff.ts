import type { LensReads } from './lens-reads';
import { loadedAt } from './loaded-at';
import type { WorkTotals } from './work-meter';

/** The lens's answer to a message sent to the tab, or undefined when the message is not for it. */
export type LensHandler = (message: unknown) => Promise<unknown> | undefined;

/**
 * What the gate (the small content script every matching page gets) leaves
 * for the lens it asks the background to inject: both run in the same
 * isolated world, so a global the page cannot see carries it across. The
 * lens adds the gate's costs to its own figures, so a page with terms
 * reports everything spent on it, and attaches its message handler, so
 * requests that reached the gate before the lens existed are answered by it.
 */
export interface Handoff {
  /** When the gate began to load, on the page's clock: the start of "start to painted". */
  loadedAt: number;
  /** Whether the gate loaded the lens because the page's text may hold a term (not for a request, or the user's own terms). */
  pageMayHoldTerms: boolean;
  /** The gate's own start-up (loading its modules). */
  startupMs: number;
  /** When the gate began its first test of the page's text, after the page's first rendered frame. */
  firstTestAt?: number;
  /** When the gate asked the background to inject the lens. */
  lensRequestedAt?: number;
  /** The lens's storage reads, which the gate starts as it asks for the lens; undefined if the lens must read for itself. */
  reads?: Promise<LensReads | undefined>;
  /** What the gate spent watching the page, complete once it hands over. */
  work: () => WorkTotals;
  attach: (handler: LensHandler) => void;
}

const KEY = Symbol.for('scrutiny-lens/handoff');
const PREFILTER_KEY = Symbol.for('scrutiny-lens/prefilter');
type Holder = { [KEY]?: Handoff; [PREFILTER_KEY]?: PageTest };

/** The prefilter's test of a page's text (lib/match/prefilter.ts): true if it may hold a glossary term. */
export type PageTest = (text: string) => boolean;

/**
 * The gate's prefilter, for the lens to test the page's text with too, so that
 * the lens does not carry its own copy of the prefilter's 11 KB of data. Left
 * for as long as the frame lives, unlike the handoff: every gate in the frame
 * has the same one, and a second lens in the frame (see ownHandoff) needs it.
 */
export function shareGatePrefilter(test: PageTest): void {
  (globalThis as Holder)[PREFILTER_KEY] = test;
}

/**
 * The gate's prefilter; without one (the lens is only ever injected at a gate's
 * request, so never in practice) every text may hold a term, and the lens reads it all.
 */
export function gatePrefilter(): PageTest {
  return (globalThis as Holder)[PREFILTER_KEY] ?? (() => true);
}

export function leaveHandoff(handoff: Handoff): void {
  (globalThis as Holder)[KEY] = handoff;
}

/** The gate's handoff, taken once: a second copy of the lens in the frame finds none (see ownHandoff). */
export function takeHandoff(): Handoff | undefined {
  const holder = globalThis as Holder;
  const handoff = holder[KEY];
  delete holder[KEY];
  return handoff;
}

/**
 * What a lens that finds no handoff starts from: its own load as the start of its figures, no gate's word
 * on the page's text (so it tests the text itself), no gate's work, and no gate waiting for it to attach.
 */
export function ownHandoff(): Handoff {
  return {
    loadedAt,
    pageMayHoldTerms: false,
    startupMs: 0,
    work: () => ({ busyMs: 0, pieces: 0, longestMs: 0, at: performance.now() }),
    attach: () => undefined,
  };
}
