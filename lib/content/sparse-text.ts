/**
 * Whether a full scan should test each block with the prefilter before
 * reading it word by word. The test is native string work: a few
 * microseconds a block, and a millisecond or two to compile its pattern once.
 * Reading a block is our JavaScript, which on a fresh page runs cold. So the
 * test pays only where most of the text holds no term, as in a board pack of
 * hundreds of kilobytes that names a term in a few per cent of its
 * paragraphs; on a guidance page where most paragraphs name one it is work
 * twice over. The scan therefore reads the start of the page in full and
 * turns the test on only if there was a lot of it and it was mostly without
 * terms. On the corpus that is the Leeds Community Healthcare pack (400 KB,
 * 8% of it in blocks with a term); the guidance pages are read as before.
 */
export class SparseTextTest {
  private chars = 0;
  private charsWithTerms = 0;
  private on = false;

  constructor(
    private readonly mayHoldTerms: (text: string) => boolean,
    /** Characters read in full before deciding. */
    private readonly decideAfter = 16_384,
    /** The largest share of those characters in blocks with a term for which the test is worth it. */
    private readonly maxShareWithTerms = 0.25,
  ) {}

  /** True when the text certainly holds no term, so it need not be read. */
  rulesOut(text: string): boolean {
    return this.on && !this.mayHoldTerms(text);
  }

  /** What reading a block in full found; the decision is made once, when enough has been read. */
  read(length: number, foundTerm: boolean): void {
    if (this.on || this.chars >= this.decideAfter) return;
    this.chars += length;
    if (foundTerm) this.charsWithTerms += length;
    if (this.chars >= this.decideAfter) this.on = this.charsWithTerms <= this.chars * this.maxShareWithTerms;
  }
}
