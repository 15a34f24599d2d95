import type { HighlightKind } from '@/lib/content/highlight-names';
import { type MarkInput, Painter } from '@/lib/content/painter';
import { type Cancellation, runInSlices } from '@/lib/content/scheduler';
import { blockRange } from '@/lib/page/ranges';
import type { TextBlock } from '@/lib/page/text-blocks';
import { DocumentTerms } from '@/lib/pdf/doc-terms';
import { type PageMark, type PageMatchConfig, pageMatchSteps } from '@/lib/pdf/page-marks';
import { nodesInSpan, pageTextBlock } from '@/lib/pdf/page-text';
import type { SliceMeter } from '@/lib/pdf/slice-meter';

/** What is known about one page once its text layer exists. */
export interface PageText {
  layer: HTMLElement;
  block: TextBlock<string>;
}

/**
 * Marks pages as their text layers arrive, with the on-page engine's painter
 * (CSS Custom Highlights, names `scrutiny-lens-*`) and matcher. Each page is
 * one block keyed by its text layer, so marking a page again replaces only
 * that page's marks.
 */
export class PageMarker {
  readonly painter: Painter;
  readonly terms = new DocumentTerms();
  private readonly texts = new Map<number, PageText>();
  private readonly pageOfLayer = new WeakMap<Node, number>();
  private generation = 0;

  constructor(
    doc: Document,
    private config: PageMatchConfig,
    private readonly meter: SliceMeter,
  ) {
    this.painter = new Painter(doc);
  }

  textOf(page: number): PageText | undefined {
    return this.texts.get(page);
  }

  pageOf(node: Node): number | undefined {
    const layer =
      node.nodeType === 1 ? (node as Element).closest('.textLayer') : node.parentElement?.closest('.textLayer');
    return layer ? this.pageOfLayer.get(layer) : undefined;
  }

  /** Reads a freshly rendered text layer and marks its terms, in slices. */
  async markPage(page: number, layer: HTMLElement, signal?: Cancellation): Promise<PageMark[]> {
    const block = this.meter.time('read page text', () => pageTextBlock(layer));
    if (!block) return [];
    this.texts.set(page, { layer, block });
    this.pageOfLayer.set(layer, page);
    return this.match(page, signal);
  }

  /** Marks every page again after the settings changed (categories, density, historical terms). */
  async reconfigure(config: PageMatchConfig, order: readonly number[], signal?: Cancellation): Promise<void> {
    this.config = config;
    const generation = ++this.generation;
    for (const page of order) {
      if (generation !== this.generation || signal?.aborted) return;
      if (this.texts.has(page)) await this.match(page, signal);
    }
  }

  private async match(page: number, signal?: Cancellation): Promise<PageMark[]> {
    const text = this.texts.get(page);
    if (!text) return [];
    const marks: PageMark[] = [];
    const steps = this.meter.steps('match page', pageMatchSteps(text.block.text, this.config, marks));
    await runInSlices(steps, { signal });
    if (signal?.aborted) return [];
    this.meter.time('paint page', () => {
      this.painter.setBlock(
        text.layer,
        marks.map((m) => toMarkInput(text.block, m)),
      );
      this.painter.register();
    });
    this.terms.setPage(
      page,
      marks.map((m) => m.termIds[0]),
    );
    return marks;
  }

  dispose(): void {
    this.generation++;
    this.painter.dispose();
  }
}

function toMarkInput(block: TextBlock, m: PageMark): MarkInput {
  const r = blockRange(block, m.start, m.end);
  return {
    range: new StaticRange({
      startContainer: r.startNode,
      startOffset: r.startOffset,
      endContainer: r.endNode,
      endOffset: r.endOffset,
    }),
    nodes: nodesInSpan(block, m.start, m.end),
    termIds: m.termIds,
    kind: m.kind satisfies HighlightKind,
  };
}
