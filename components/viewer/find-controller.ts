import { blockRange, toDomRange } from '@/lib/page/ranges';
import { type FindHit, findInText, firstHitFrom, queryPattern, stepHit } from '@/lib/pdf/find';
import type { PageMarker } from './marking';

/** Our own highlight names for find: they are not marks, so they sit outside `scrutiny-lens-*`. */
const FIND_ALL = 'sl-viewer-find';
const FIND_CURRENT = 'sl-viewer-find-current';

export interface FindState {
  query: string;
  count: number;
  /** 0-based index of the hit shown, or -1. */
  index: number;
  /** False until every page has been read, so "3 found" can say "so far". */
  complete: boolean;
}

/**
 * Find within the document. Pages are searched as their text is read, so hits
 * on pages not yet read appear as reading goes on; the hit shown is kept by
 * identity while the list grows around it.
 */
export class FindController {
  private query = '';
  private pattern: RegExp | undefined;
  private hits: FindHit[] = [];
  private shown: FindHit | undefined;
  private readonly all = new Highlight();
  private readonly current = new Highlight();

  constructor(
    private readonly marker: PageMarker,
    private readonly readPages: () => number[],
    private readonly isComplete: () => boolean,
    private readonly reveal: (page: number, rect?: DOMRect) => void,
    private readonly onChange: (state: FindState) => void,
  ) {
    this.current.priority = 2;
    this.all.priority = 1;
    CSS.highlights.set(FIND_ALL, this.all);
    CSS.highlights.set(FIND_CURRENT, this.current);
  }

  search(query: string, fromPage: number): void {
    this.query = query;
    this.pattern = queryPattern(query);
    this.hits = [];
    this.all.clear();
    this.current.clear();
    this.shown = undefined;
    if (this.pattern) for (const page of this.readPages()) this.addPage(page);
    const i = firstHitFrom(this.hits, fromPage);
    if (i >= 0) this.show(this.hits[i]);
    this.emit();
  }

  /** A page has just been read: its hits join the list. */
  pageRead(page: number): void {
    if (!this.pattern) return;
    this.addPage(page);
    this.hits.sort((a, b) => a.page - b.page || a.start - b.start);
    if (!this.shown && this.hits.length) this.show(this.hits[0]);
    this.emit();
  }

  /** Says again where find stands, after reading finished ("3+" becomes "3"). */
  refresh(): void {
    this.emit();
  }

  step(direction: 1 | -1): void {
    const i = stepHit(this.hits.length, this.shown ? this.hits.indexOf(this.shown) : -1, direction);
    if (i >= 0) this.show(this.hits[i]);
    this.emit();
  }

  /** The text last searched for, to put back in the box when find reopens. */
  get lastQuery(): string {
    return this.query;
  }

  clear(): void {
    this.pattern = undefined;
    this.hits = [];
    this.shown = undefined;
    this.all.clear();
    this.current.clear();
    this.emit();
  }

  dispose(): void {
    this.clear();
    CSS.highlights.delete(FIND_ALL);
    CSS.highlights.delete(FIND_CURRENT);
  }

  private addPage(page: number): void {
    const text = this.marker.textOf(page);
    if (!text || !this.pattern) return;
    for (const hit of findInText(text.block.text, this.pattern, page)) {
      if (this.hits.some((h) => h.page === page && h.start === hit.start)) continue;
      this.hits.push(hit);
      this.all.add(this.rangeOf(hit)!);
    }
  }

  private rangeOf(hit: FindHit): Range | undefined {
    const text = this.marker.textOf(hit.page);
    if (!text) return undefined;
    return toDomRange(blockRange(text.block, hit.start, hit.end));
  }

  private show(hit: FindHit): void {
    this.shown = hit;
    this.current.clear();
    const range = this.rangeOf(hit);
    if (range) this.current.add(range);
    this.reveal(hit.page, range?.getBoundingClientRect());
  }

  private emit(): void {
    this.onChange({
      query: this.query,
      count: this.hits.length,
      index: this.shown ? this.hits.indexOf(this.shown) : -1,
      complete: this.isComplete(),
    });
  }
}
