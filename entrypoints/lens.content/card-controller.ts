import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type CardSurface, type CardView, loadCardSurface } from '@/lib/content/card-surface';
import { caretAt, rangeContainsPoint, toLiveRange } from '@/lib/content/hit-test';
import { pageYear } from '@/lib/content/page-year';
import type { Mark, Painter } from '@/lib/content/painter';
import type { Question, Term } from '@/lib/glossary/schema';
import type { Glossary } from '@/lib/glossary/validate';
import { spelledOutSense } from '@/lib/match/spelled-out';
import type { BackgroundRequest, CardData } from '@/lib/messages';
import { textAround } from '@/lib/page/text-around';

/** How long the pointer rests on a mark before its card opens, and how long the card waits after the pointer leaves. */
const OPEN_DELAY_MS = 350;
const CLOSE_DELAY_MS = 300;

function send<T>(message: BackgroundRequest): Promise<T> {
  return browser.runtime.sendMessage(message) as Promise<T>;
}

function glossaryOf(data: CardData): Glossary {
  const terms = [...data.terms, ...data.successors];
  return {
    terms,
    termsById: new Map(terms.map((t) => [t.id, t])),
    sources: new Map(data.sources.map((s) => [s.id, s])),
  };
}

/**
 * Opens, places and closes the term card: on hover after a short rest, on the
 * keyboard commands (next and previous mark, explain selection), and from the
 * popup's "On this page". One card at a time. The card is drawn by its surface
 * (lib/content/card-surface.ts), a script injected the first time a card opens;
 * the pointer is followed, and a card's data asked for, meanwhile.
 */
export class CardController {
  private surface: CardSurface | undefined;
  private surfaceReady: Promise<CardSurface> | undefined;
  private view: CardView = { kind: 'closed' };
  private anchor: AbstractRange | undefined;
  private hovered: Mark | undefined;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private returnFocus: Element | null = null;
  private pointerOverCard = false;
  private lastPointer = { x: -1, y: -1 };
  private frame = 0;
  private request = 0;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly painter: () => Painter,
  ) {
    ctx.addEventListener(document, 'pointermove', (e) => this.onPointerMove(e as PointerEvent), {
      passive: true,
      capture: true,
    });
    ctx.addEventListener(document, 'keydown', (e) => this.onKeyDown(e as KeyboardEvent), { capture: true });
    ctx.addEventListener(window, 'scroll', () => this.onScroll(), { passive: true, capture: true });
    ctx.addEventListener(window, 'resize', () => this.surface?.place(), { passive: true });
    ctx.onInvalidated(() => this.destroy());
  }

  /** Whether `node` belongs to our UI (the host element or anything in it). */
  isOurs = (node: Node): boolean => this.surface?.isOurs(node) ?? false;

  get isOpen(): boolean {
    return this.view.kind !== 'closed';
  }

  /** Opens the card for a mark. With `focus`, keyboard focus moves into the card (and Escape brings it back). */
  async openForMark(mark: Mark, options: { focus: boolean }): Promise<void> {
    this.clearTimers();
    if (options.focus) this.rememberFocus();
    this.anchor = mark.range;
    this.painter().setFocus(mark);
    const context = textAround(mark.range);
    let spelledOut: string | undefined;
    if (mark.termIds.length > 1) {
      const marks = this.painter().marks();
      spelledOut = spelledOutSense(marks, marks.indexOf(mark), mark.termIds);
    }
    await this.show(
      send<CardData>({
        type: 'get-card',
        termIds: [...mark.termIds],
        context,
        pageYear: pageYear(document),
        ...(spelledOut ? { spelledOut } : {}),
      }),
      options.focus,
    );
  }

  /** Opens the card for the selected words, or says they are not in the glossary. */
  async openForSelection(text: string, termId: string | undefined): Promise<void> {
    this.clearTimers();
    this.rememberFocus();
    const selection = getSelection();
    this.anchor = selection?.rangeCount ? selection.getRangeAt(0).cloneRange() : undefined;
    if (!termId) {
      await this.setView({ kind: 'not-found', text, focus: true });
      return;
    }
    await this.show(send<CardData>({ type: 'get-card', termIds: [termId] }), true);
  }

  close(options: { restoreFocus?: boolean } = {}): void {
    this.clearTimers();
    if (!this.isOpen) return;
    this.request++;
    this.anchor = undefined;
    this.hovered = undefined;
    this.pointerOverCard = false;
    void this.setView({ kind: 'closed' });
    if (options.restoreFocus && this.returnFocus instanceof HTMLElement && this.returnFocus.isConnected)
      this.returnFocus.focus();
    this.returnFocus = null;
  }

  private async show(data: Promise<CardData>, focus: boolean): Promise<void> {
    const request = ++this.request;
    // The 'loading' view sends for the surface's script (the first time) while the card's data is on its way.
    await this.setView({ kind: 'loading' });
    let card: CardData;
    try {
      card = await data;
    } catch {
      if (request === this.request) this.close();
      return;
    }
    if (request !== this.request || !card.terms.length) return;
    const [term, ...others] = card.terms;
    await this.setView({ kind: 'term', term, others, glossary: glossaryOf(card), focus });
  }

  private chooseSense(term: Term): void {
    if (this.view.kind !== 'term') return;
    const all = [this.view.term, ...this.view.others];
    void this.setView({ ...this.view, term, others: all.filter((t) => t !== term), focus: true });
  }

  private addQuestion(question: Question, term: Term): void {
    void send({
      type: 'add-question',
      question: {
        text: question.text,
        termId: term.id,
        sourceRefs: question.basis ? [question.basis.source] : term.sources.map((s) => s.source),
        pageTitle: document.title || location.hostname,
        pageUrl: location.href,
      },
    }).catch(() => undefined);
  }

  private ensureSurface(): Promise<CardSurface> {
    this.surfaceReady ??= loadCardSurface().then((create) => {
      const surface = create(this.ctx, () => this.anchor, {
        onClose: () => this.close({ restoreFocus: true }),
        onChooseSense: (term) => this.chooseSense(term),
        onAddQuestion: (question, term) => this.addQuestion(question, term),
        onOpenGlossary: (termId, query) => void send({ type: 'open-glossary', termId, query }).catch(() => undefined),
        onPointerEnter: () => {
          this.pointerOverCard = true;
          this.clearTimers();
        },
        onPointerLeave: () => {
          this.pointerOverCard = false;
          this.scheduleClose();
        },
      });
      if (this.ctx.isInvalid) surface.destroy();
      else this.surface = surface;
      return surface;
    });
    // A card that could not be drawn (the extension reloading under the page) leaves the next one to try again.
    this.surfaceReady.catch(() => {
      this.surfaceReady = undefined;
    });
    return this.surfaceReady;
  }

  private async setView(view: CardView): Promise<void> {
    this.view = view;
    if (view.kind === 'closed' && !this.surface) return;
    let surface: CardSurface;
    try {
      surface = await this.ensureSurface();
    } catch {
      return;
    }
    // Draw what is current by now: another view may have been asked for while the surface loaded.
    await surface.render(this.view);
  }

  private onPointerMove(event: PointerEvent): void {
    this.lastPointer = { x: event.clientX, y: event.clientY };
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.hitTest();
    });
  }

  private hitTest(): void {
    if (this.ctx.isInvalid || this.pointerOverCard) return;
    const { x, y } = this.lastPointer;
    const caret = caretAt(document, x, y);
    const mark = caret ? this.painter().markAt(caret.node, caret.offset) : undefined;
    const over = mark && rangeContainsPoint(mark.range, x, y) ? mark : undefined;
    if (over === this.hovered) return;
    this.hovered = over;
    clearTimeout(this.openTimer);
    if (over) {
      clearTimeout(this.closeTimer);
      // The surface's script loads while the pointer rests, so the first card opens no later than the rest.
      void this.ensureSurface().catch(() => undefined);
      this.openTimer = setTimeout(() => void this.openForMark(over, { focus: false }), OPEN_DELAY_MS);
    } else if (this.isOpen && this.returnFocus === null) {
      this.scheduleClose();
    }
  }

  private scheduleClose(): void {
    clearTimeout(this.closeTimer);
    // A card opened from the keyboard stays until Escape or the next command.
    if (this.returnFocus !== null) return;
    this.closeTimer = setTimeout(() => {
      if (!this.pointerOverCard && !this.hovered) this.close();
    }, CLOSE_DELAY_MS);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.isOpen) {
      this.close({ restoreFocus: true });
      this.painter().setFocus(undefined);
    }
  }

  private onScroll(): void {
    if (!this.isOpen || !this.anchor) return;
    const rect = toLiveRange(this.anchor)?.getBoundingClientRect();
    if (!rect || rect.bottom < 0 || rect.top > innerHeight) this.close();
    else this.surface?.place();
  }

  private rememberFocus(): void {
    const active = document.activeElement;
    this.returnFocus = active && !this.isOurs(active) ? active : document.body;
  }

  private clearTimers(): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
  }

  private destroy(): void {
    this.clearTimers();
    if (this.frame) cancelAnimationFrame(this.frame);
    this.surface?.destroy();
    this.surface = undefined;
  }
}
