import { publishCardSurface } from '@/lib/content/card-surface';
import { createCardSurface } from './surface';

/**
 * The card's surface, injected by the background into a frame whose lens is
 * about to open its first card (see lib/content/card-surface.ts): not in the
 * manifest, and not in the lens, so that a page is marked without waiting for
 * the browser to compile the card's code.
 */
export default defineUnlistedScript(() => {
  publishCardSurface(createCardSurface);
});
