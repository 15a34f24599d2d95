import { type PageViewport, type PDFDocumentProxy, type PDFPageProxy, type RenderTask, TextLayer } from 'pdfjs-dist';

/** A page's size at scale 1, in CSS pixels (PDF points). */
export interface PageSize {
  width: number;
  height: number;
}

/**
 * One page of the document: a box of the right size from the start (so the
 * scroll bar is right before anything renders), a canvas drawn only while the
 * page is near the view, and a text layer drawn once and kept, because the
 * marks, find and selection live in it.
 */
export class PageView {
  readonly div: HTMLDivElement;
  private readonly canvasWrapper: HTMLDivElement;
  private proxy: PDFPageProxy | undefined;
  private proxyPromise: Promise<PDFPageProxy> | undefined;
  private canvas: HTMLCanvasElement | undefined;
  private renderTask: RenderTask | undefined;
  private drawnScale = 0;
  private textLayer: HTMLDivElement | undefined;
  private textPromise: Promise<HTMLDivElement | undefined> | undefined;
  private scale = 1;
  size: PageSize;

  constructor(
    private readonly pdf: PDFDocumentProxy,
    readonly number: number,
    size: PageSize,
  ) {
    this.size = size;
    const doc = document;
    this.div = doc.createElement('div');
    this.div.className = 'sl-page';
    this.div.dataset.pageNumber = String(number);
    this.div.setAttribute('role', 'region');
    this.div.setAttribute('aria-label', `Page ${number}`);
    this.canvasWrapper = doc.createElement('div');
    this.canvasWrapper.className = 'sl-canvas-wrapper';
    this.div.append(this.canvasWrapper);
    this.applySize();
  }

  get hasText(): boolean {
    return Boolean(this.textLayer);
  }

  get textLayerElement(): HTMLDivElement | undefined {
    return this.textLayer;
  }

  page(): Promise<PDFPageProxy> {
    this.proxyPromise ??= this.pdf.getPage(this.number).then((p) => {
      this.proxy = p;
      const vp = p.getViewport({ scale: 1 });
      if (vp.width !== this.size.width || vp.height !== this.size.height) {
        this.size = { width: vp.width, height: vp.height };
        this.applySize();
      }
      return p;
    });
    return this.proxyPromise;
  }

  setScale(scale: number): void {
    if (scale === this.scale) return;
    this.scale = scale;
    this.applySize();
  }

  private applySize(): void {
    const s = this.div.style;
    s.setProperty('--scale-factor', String(this.scale));
    s.width = `${Math.floor(this.size.width * this.scale)}px`;
    s.height = `${Math.floor(this.size.height * this.scale)}px`;
  }

  private viewport(scale: number): PageViewport {
    return this.proxy!.getViewport({ scale });
  }

  /** Draws (or redraws after a zoom) the picture of the page. */
  async draw(): Promise<void> {
    const page = await this.page();
    const ratio = Math.min(window.devicePixelRatio || 1, 2);
    if (this.canvas && this.drawnScale === this.scale * ratio) return;
    this.renderTask?.cancel();
    const viewport = this.viewport(this.scale * ratio);
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(viewport.width);
    canvas.height = Math.floor(viewport.height);
    canvas.setAttribute('role', 'presentation');
    const task = page.render({ canvas, viewport });
    this.renderTask = task;
    try {
      await task.promise;
    } catch (error) {
      if ((error as Error)?.name === 'RenderingCancelledException') return;
      throw error;
    }
    if (this.renderTask !== task) return;
    this.renderTask = undefined;
    // The old picture stays until the new one is ready, so zooming never flashes a blank page.
    this.canvas?.remove();
    this.canvas = canvas;
    this.drawnScale = this.scale * ratio;
    this.canvasWrapper.append(canvas);
  }

  /** Frees the picture of a page far from view; the text layer stays. */
  releaseCanvas(): void {
    this.renderTask?.cancel();
    this.renderTask = undefined;
    if (!this.canvas) return;
    this.canvas.width = 0;
    this.canvas.height = 0;
    this.canvas.remove();
    this.canvas = undefined;
    this.drawnScale = 0;
  }

  get drawn(): boolean {
    return Boolean(this.canvas);
  }

  /** Renders the text layer once; resolves with it, or undefined when the page has no text. */
  text(): Promise<HTMLDivElement | undefined> {
    this.textPromise ??= this.renderText();
    return this.textPromise;
  }

  private async renderText(): Promise<HTMLDivElement | undefined> {
    const page = await this.page();
    const layer = document.createElement('div');
    layer.className = 'textLayer';
    // Ligatures and compatibility forms ("ﬁ") are normalised, so terms match and copied text is plain.
    const textLayer = new TextLayer({
      textContentSource: page.streamTextContent({ includeMarkedContent: true }),
      container: layer,
      viewport: this.viewport(1),
    });
    await textLayer.render();
    if (!textLayer.textContentItemsStr.some((s) => /\S/.test(s))) return undefined;
    const end = document.createElement('div');
    end.className = 'endOfContent';
    layer.append(end);
    this.div.append(layer);
    this.textLayer = layer;
    return layer;
  }

  destroy(): void {
    this.releaseCanvas();
    this.proxy?.cleanup();
  }
}
