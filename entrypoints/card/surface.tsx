import { computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { cardCss } from '@/components/card';
import type { CardSurface, CardSurfaceEvents, CardView } from '@/lib/content/card-surface';
import { toLiveRange } from '@/lib/content/hit-test';
import { CardLayer, layerCss } from './card-layer';

/**
 * The least height the card keeps when the side it opens on has less room: a short window (a phone held
 * sideways, a page zoomed to 400%) gets a card that covers the term rather than one too short to read.
 */
const SHORTEST_CARD_PX = 120;

/** The card as drawn: our shadow root, made the first time a card shows, and the card placed in it. */
export function createCardSurface(
  ctx: ContentScriptContext,
  anchor: () => AbstractRange | undefined,
  events: CardSurfaceEvents,
): CardSurface {
  let ui: ShadowRootContentScriptUi<HTMLElement> | undefined;
  let uiReady: Promise<ShadowRootContentScriptUi<HTMLElement>> | undefined;
  let cardEl: HTMLElement | null = null;

  const ensureUi = (): Promise<ShadowRootContentScriptUi<HTMLElement>> => {
    uiReady ??= createShadowRootUi(ctx, {
      name: 'scrutiny-lens-ui',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: `${layerCss}\n${cardCss}`,
      // Keys typed in the card (Tab, Space, letters) must not reach the page's own shortcuts.
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount: (container, _shadow, host) => {
        host.setAttribute('data-scrutiny-lens', '');
        container.addEventListener('pointerenter', () => events.onPointerEnter());
        container.addEventListener('pointerleave', () => events.onPointerLeave());
        return container;
      },
    }).then((made) => {
      made.mount();
      ui = made;
      return made;
    });
    return uiReady;
  };

  /**
   * Places the card below the term, or above it where there is no room below (where neither side has room,
   * on the side with more); it is never taller than that room or the window (what does not fit scrolls
   * inside it), and it is shifted in from every edge, so none of it is ever out of the window.
   */
  const place = (): void => {
    const card = cardEl;
    const range = anchor();
    const live = range && toLiveRange(range);
    if (!card || !live) return;
    const reference = {
      getBoundingClientRect: () => live.getBoundingClientRect(),
      getClientRects: () => live.getClientRects(),
    };
    void computePosition(reference, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        inline(),
        offset(6),
        flip({ padding: 8, fallbackStrategy: 'bestFit' }),
        size({
          padding: 8,
          apply({ availableHeight, elements }) {
            const room = Math.max(Math.floor(availableHeight), SHORTEST_CARD_PX);
            elements.floating.style.setProperty('--sl-room', `${room}px`);
          },
        }),
        shift({ padding: 8, crossAxis: true }),
      ],
    }).then(({ x, y }) => {
      // left/top rather than transform, which the opening animation uses.
      card.style.left = `${Math.round(x)}px`;
      card.style.top = `${Math.round(y)}px`;
    });
  };

  return {
    async render(view: CardView) {
      if (view.kind === 'closed' && !ui) return;
      const made = await ensureUi();
      if (!made.mounted) return;
      render(
        <CardLayer
          view={view}
          onClose={events.onClose}
          onChooseSense={events.onChooseSense}
          onAddQuestion={events.onAddQuestion}
          onOpenGlossary={events.onOpenGlossary}
          onRendered={(el) => {
            cardEl = el;
            place();
          }}
        />,
        made.mounted,
      );
    },
    place,
    isOurs: (node) => Boolean(ui && (node === ui.shadowHost || ui.shadowHost.contains(node))),
    destroy() {
      if (ui?.mounted) render(null, ui.mounted);
      ui?.remove();
      ui = undefined;
    },
  };
}
