import type { CompiledMatcher } from '../match/compile';
import { definedKey, PageDefinitions } from '../match/definitions';
import { isNhsSite, namesTheNhs } from '../match/nhs-pages';
import { findMatches, type Match } from '../match/scan';
import { LONG_NODE_CHARS } from '../page/long-text';
import { blockRange, type TextRange } from '../page/ranges';
import { PAUSE, type TextBlock, textBlockSteps } from '../page/text-blocks';
import type { Density } from '../settings/schema';
import type { HighlightKind } from './highlight-names';
import { toLiveRange } from './hit-test';
import { type MarkInput, Painter } from './painter';
import { type Cancellation, runInSlices } from './scheduler';
import { headingOf, SectionTracker } from './sections';
import { matchAll, matchWindowsOfAll, WINDOW } from './windows';
import { WorkMeter } from './work-meter';

/** A step's worth of text: about a millisecond of matching on a slow machine. */
const CHARS_PER_STEP = 4096;
/** What a block costs beyond its characters: reading its nodes, starting its match, storing its marks. */
const CHARS_PER_BLOCK = 64;

export interface LensConfig {
  /** The user's own terms' matcher first, when there is one: on overlap the first matcher wins. */
  matchers: readonly CompiledMatcher[];
  /** The highlight for a match's terms, or undefined to leave it unmarked (its category or era is switched off). */
  styleOf(termIds: readonly string[]): HighlightKind | undefined;
  density: Density;
  /** Elements never to read: our own UI host, hidden content. */
  exclude(element: Element): boolean;
  /**
   * Whether to mark text in a node of LONG_NODE_CHARS or more (a plain-text document, minutes pasted into
   * one <pre>). Chromium freezes the page to paint a highlight in such a node, for longer the longer the
   * node and the more highlights it holds (timed in a page without the extension: in a 64 K node, 17 ms
   * for one highlight and 300 ms for 100; in 1 MB, 317 ms for one; in 5 MB, 1.0 s for one and 35 s for
   * 100). Where false, such text is read but not marked.
   */
  marksInLongText: boolean;
  /** Whether a match's terms are marked only on a page that names the NHS (see lib/match/nhs-pages.ts). */
  nhsPagesOnly?(termIds: readonly string[]): boolean;
}

export interface ScanReport {
  blocks: number;
  marks: number;
  /** From the start of the scan to the last mark painted. */
  ms: number;
  /** The longest uninterrupted slice of work, the figure that decides whether the page stays responsive. */
  longestSliceMs: number;
  slices: number;
  /** The slices added up: the scan's own main-thread time, without the waits between slices. */
  busyMs: number;
}

/**
 * Finds and marks terms on one document: a full scan in time slices (what is
 * in view first), and rescans of the parts a page changes. Reading, matching
 * and painting happen in one pass over each block.
 */
export class Lens {
  readonly painter: Painter;
  /** All our main-thread time on this page, full scans and rescans together. */
  readonly work = new WorkMeter();
  private readonly sections = new SectionTracker();
  /** For "first in each section": which block holds the marked occurrence of a term in a section. */
  private firstHolder = new Map<string, Node>();
  /** Abbreviations and sections this page defines as something other than the glossary's term: none of their occurrences is marked. */
  private readonly definitions = new PageDefinitions();
  /** Whether the page names the NHS: asked only when a term that needs it is found, and then once a scan. */
  private namesNhs: boolean | undefined;
  private generation = 0;

  constructor(
    private readonly doc: Document,
    private config: LensConfig,
  ) {
    this.painter = new Painter(doc);
  }

  reconfigure(config: LensConfig): void {
    this.config = config;
  }

  /** Clears every mark and reads the whole document again. */
  async scanAll(signal?: Cancellation): Promise<ScanReport> {
    const started = performance.now();
    const generation = ++this.generation;
    this.painter.clearAll({ keepFocusPlace: true });
    this.firstHolder = new Map();
    this.definitions.clear();
    this.namesNhs = undefined;
    let blocks = 0;
    let longestSliceMs = 0;
    let slices = 0;
    let busyMs = 0;
    const steps = this.fullScanSteps(() => blocks++);
    await runInSlices(steps, {
      signal: this.guard(generation, signal),
      frameAfterFirstSlice: true,
      onSlice: (ms) => {
        this.work.add(ms);
        slices++;
        busyMs += ms;
        longestSliceMs = Math.max(longestSliceMs, ms);
      },
    });
    this.painter.register();
    return { blocks, marks: this.painter.size, ms: performance.now() - started, longestSliceMs, slices, busyMs };
  }

  /** Reads again the blocks under `roots` after the page changed them. */
  async rescan(roots: readonly Node[], signal?: Cancellation): Promise<void> {
    const generation = this.generation;
    // Content added to a page that did not name the NHS may do so now.
    const namedNoNhs = this.namesNhs === false;
    if (namedNoNhs) this.namesNhs = undefined;
    this.work.time(() => {
      this.painter.dropDisconnected();
      for (const root of roots) this.painter.clearWithin(root);
    });
    const self = this;
    function* steps() {
      for (const root of roots) {
        if (!root.isConnected) continue;
        yield* self.stepsOver(
          textBlockSteps(root, { exclude: self.config.exclude }),
          () => undefined,
          (block) => self.sections.keyFor(asElement(block.container)),
        );
      }
    }
    await runInSlices(steps(), { signal: this.guard(generation, signal), onSlice: (ms) => this.work.add(ms) });
    this.painter.register();
    // If the page names the NHS now, the terms it left unmarked are marked: rare, and then one more pass.
    if (namedNoNhs && this.doc.body && generation === this.generation && this.work.time(() => this.pageNamesNhs()))
      await this.rescan([this.doc.body], signal);
  }

  /** Removes every mark and stops any scan under way, for a page the prefilter has ruled out. */
  clear(): void {
    this.generation++;
    this.painter.clearAll();
    this.firstHolder = new Map();
    this.definitions.clear();
    this.namesNhs = undefined;
  }

  dispose(): void {
    this.generation++;
    this.painter.dispose();
  }

  /** Cancelled when `outer` aborts or a newer full scan has started, so two scans never interleave. */
  private guard(generation: number, outer?: Cancellation): Cancellation {
    const lens = this;
    return {
      get aborted() {
        return Boolean(outer?.aborted) || generation !== lens.generation;
      },
    };
  }

  private *fullScanSteps(countBlock: () => void): Generator<void, void, undefined> {
    const body = this.doc.body;
    if (!body) return;
    // What is in view is read first, synchronously in the call to scanAll, so the caller can read it
    // on a freshly rendered page before anything (our own stylesheet included) invalidates its layout.
    const region = visibleRegion(this.doc);
    // A matcher builds its lookup tables on first use (20–40 ms on a slow machine, measured by the
    // hostile-page suite); ending the step here keeps that from sharing a slice with the first blocks.
    for (const matcher of this.config.matchers) findMatches(matcher, '');
    yield;
    let regionHeading: Element | null = null;
    if (region) {
      this.sections.resumeAt(headingOf(region));
      yield* this.stepsOver(textBlockSteps(region, { exclude: this.config.exclude }), countBlock);
      regionHeading = this.sections.current;
    }
    this.sections.resumeAt(null);
    // Carry on after the in-view region as if it had just been read in order.
    const skip = region ? { element: region, onSkip: () => this.sections.resumeAt(regionHeading) } : undefined;
    yield* this.stepsOver(textBlockSteps(body, { exclude: this.config.exclude, skip }), countBlock);
  }

  /**
   * Reads blocks in order, a step being a few thousand characters or a pause of the walk: steps small
   * enough that a slice ends near its budget, and few enough that timing them costs nothing.
   */
  private *stepsOver(
    blocks: Iterable<TextBlock | typeof PAUSE>,
    countBlock: () => void,
    sectionKey: (block: TextBlock) => string = (block) => this.sectionKey(block),
  ): Generator<void, void, undefined> {
    let chars = 0;
    for (const block of blocks) {
      if (block === PAUSE) {
        chars = 0;
        yield;
        continue;
      }
      countBlock();
      // Most blocks are short and matched in one call; only a long one is matched (and yields) window by window.
      if (block.text.length <= WINDOW)
        this.markBlock(block, sectionKey(block), matchAll(this.config.matchers, block.text));
      else yield* this.blockSteps(block, sectionKey(block));
      chars += block.text.length + CHARS_PER_BLOCK;
      if (chars >= CHARS_PER_STEP) {
        chars = 0;
        yield;
      }
    }
  }

  private sectionKey(block: TextBlock): string {
    return this.sections.next(asElement(block.container), block.text.length);
  }

  /** Matches one long block, one step per window of its text, and paints its marks when it is done. */
  private *blockSteps(block: TextBlock, sectionKey: string): Generator<void, void, undefined> {
    const found: Match[] = [];
    let first = true;
    for (const matches of matchWindowsOfAll(this.config.matchers, block.text)) {
      // Between the windows of a long text, not after the last.
      if (!first) yield;
      first = false;
      for (const m of matches) found.push(m);
    }
    this.markBlock(block, sectionKey, found);
  }

  /** Paints a block's matches, those its terms' settings and the density allow. */
  private markBlock(block: TextBlock, sectionKey: string, matches: readonly Match[]): void {
    const key = block.segments[0].node;
    if (!matches.length) {
      this.painter.clearBlock(key);
      return;
    }
    for (const key of this.definitions.note(block.text, matches)) this.dropDefinedOtherwise(key);
    const marks: MarkInput[] = [];
    /** Terms already marked in this block: "first in each section" marks a term once even within one paragraph. */
    const markedHere = new Set<string>();
    // Text folded in a closed <details> is marked, for when it opens, but does not use up its section's one
    // mark: the first occurrence the reader can see gets it (an FAQ's answers, an NHS page's expanders).
    const folded = this.config.density === 'first-in-section' && isFoldedInDetails(block.container);
    // Only a block whose text is a LongText holds such a node; for every other block the range is found
    // after the density check, as before, so occurrences it passes over cost nothing.
    const leavesLongTextUnmarked = !this.config.marksInLongText && typeof block.text !== 'string';
    for (const m of matches) {
      const kind = this.config.styleOf(m.termIds);
      if (!kind) continue;
      if (this.definitions.definesOtherwise(block.text, m.start, m.end)) continue;
      if (this.config.nhsPagesOnly?.(m.termIds) && !this.pageNamesNhs()) continue;
      let r: TextRange | undefined;
      if (leavesLongTextUnmarked) {
        r = blockRange(block, m.start, m.end);
        if (isLong(r.startNode) || isLong(r.endNode)) continue;
      }
      if (this.config.density === 'first-in-section') {
        const holderKey = `${sectionKey}|${m.termIds[0]}`;
        const holder = this.firstHolder.get(holderKey);
        if (holder && holder !== key && holder.isConnected) continue;
        if (markedHere.has(holderKey)) continue;
        markedHere.add(holderKey);
        if (!folded) this.firstHolder.set(holderKey, key);
      }
      r ??= blockRange(block, m.start, m.end);
      if (!r.startNode.isConnected || !r.endNode.isConnected) continue;
      marks.push({
        range: new StaticRange({
          startContainer: r.startNode,
          startOffset: r.startOffset,
          endContainer: r.endNode,
          endOffset: r.endOffset,
        }),
        nodes: nodesBetween(block, r.startNode, r.endNode),
        termIds: m.termIds,
        kind,
      });
    }
    this.painter.setBlock(key, marks);
  }

  private pageNamesNhs(): boolean {
    this.namesNhs ??= isNhsSite(this.doc.location?.hostname ?? '') || namesTheNhs(this.doc.body?.textContent ?? '');
    return this.namesNhs;
  }

  /** Takes away the marks already painted for an abbreviation or section the page has just defined as something else. */
  private dropDefinedOtherwise(key: string): void {
    const dropped = this.painter.dropWhere((mark) => definedKey(toLiveRange(mark.range)?.toString() ?? '') === key);
    // A dropped mark no longer holds its section's one mark for its term: a later occurrence may take it.
    for (const mark of dropped)
      for (const [holderKey, holder] of this.firstHolder)
        if (holder === mark.block && holderKey.endsWith(`|${mark.termIds[0]}`)) this.firstHolder.delete(holderKey);
  }
}

/**
 * Whether `node` is in the hidden part of a closed <details>: anywhere in it but its summary. The node
 * itself counts, since text straight inside a <details>, outside its summary, is a block of the <details>.
 */
function isFoldedInDetails(node: Node): boolean {
  let child: Element | null = null;
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; child = el, el = el.parentElement) {
    if (el.localName === 'details' && !el.hasAttribute('open') && child?.localName !== 'summary') return true;
  }
  return false;
}

function isLong(node: Text): boolean {
  return node.length >= LONG_NODE_CHARS;
}

function asElement(node: Node): Element {
  return node.nodeType === 1
    ? (node as Element)
    : (node.parentElement ?? (node.ownerDocument as Document).documentElement);
}

function nodesBetween(block: TextBlock, start: Node, end: Node): Node[] {
  if (start === end) return [start];
  const out: Node[] = [];
  let inside = false;
  for (const seg of block.segments) {
    if (seg.node === start) inside = true;
    if (inside) out.push(seg.node);
    if (seg.node === end) break;
  }
  return out;
}

/**
 * The smallest element holding what is on screen, read first so the reader
 * sees marks where they are looking before the rest of a long page is done.
 * Undefined when that is the whole body anyway.
 */
export function visibleRegion(doc: Document): Element | null {
  const win = doc.defaultView;
  if (!win || typeof doc.elementFromPoint !== 'function') return null;
  const x = Math.floor(win.innerWidth / 2);
  const top = doc.elementFromPoint(x, Math.min(40, win.innerHeight - 1));
  const bottom = doc.elementFromPoint(x, Math.max(0, win.innerHeight - 40));
  if (!top || !bottom) return null;
  let common: Element | null = top;
  while (common && !common.contains(bottom)) common = common.parentElement;
  if (!common || common === doc.body || common === doc.documentElement) return null;
  return common;
}
