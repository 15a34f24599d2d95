import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Question, Term } from '../glossary/schema';
import type { Glossary } from '../glossary/validate';
import type { BackgroundRequest } from '../messages';

/**
 * The card's surface (its shadow root, Preact, the card's components and
 * Floating UI) is a script of its own (entrypoints/card), injected into the
 * frame the first time a card opens. The lens, which the browser injects into
 * every page with a term before it can mark anything, then leaves out a
 * quarter of its code; the card's behaviour (when it opens, what it shows,
 * where focus goes) stays in the lens (entrypoints/lens.content/card-controller.ts).
 * Both scripts run in the extension's isolated world, so a global the page
 * cannot see carries the surface's constructor across.
 */

export type CardView =
  | { kind: 'closed' }
  | { kind: 'loading' }
  | { kind: 'term'; term: Term; others: Term[]; glossary: Glossary; focus: boolean }
  | { kind: 'not-found'; text: string; focus: boolean };

/** What the reader does on the card, for the controller to act on. */
export interface CardSurfaceEvents {
  onClose(): void;
  onChooseSense(term: Term): void;
  onAddQuestion(question: Question, term: Term): void;
  onOpenGlossary(termId?: string, query?: string): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

export interface CardSurface {
  /** Draws `view` in our shadow root (made the first time), and places the card against the anchor. */
  render(view: CardView): Promise<void>;
  /** Places the card against the anchor again (after a scroll or a resize). */
  place(): void;
  /** Whether `node` belongs to our UI (the host element or anything in it). */
  isOurs(node: Node): boolean;
  destroy(): void;
}

export type CreateCardSurface = (
  ctx: ContentScriptContext,
  anchor: () => AbstractRange | undefined,
  events: CardSurfaceEvents,
) => CardSurface;

const KEY = Symbol.for('scrutiny-lens/card-surface');
type Holder = { [KEY]?: CreateCardSurface };

/** Called by the card's script as it runs. */
export function publishCardSurface(create: CreateCardSurface): void {
  (globalThis as Holder)[KEY] = create;
}

let loading: Promise<CreateCardSurface> | undefined;

/**
 * The surface's constructor, from the card's script, which the background injects into this frame the first
 * time it is asked. Each copy of the lens injects its own, so a lens loaded after an update of the extension
 * never draws with an older card left in the frame.
 */
export function loadCardSurface(): Promise<CreateCardSurface> {
  loading ??= (async () => {
    const request: BackgroundRequest = { type: 'load-card' };
    const reply = (await browser.runtime.sendMessage(request)) as { ok?: boolean } | undefined;
    const create = (globalThis as Holder)[KEY];
    if (reply?.ok !== true || typeof create !== 'function') throw new Error('the card was not injected');
    return create;
  })();
  // A later card may try again.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
