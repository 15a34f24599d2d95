/**
 * Content the page hides with its own attributes: `hidden`, or an inline
 * `display: none`. The lens leaves it unread (no mark, no badge count, no
 * stop for the keyboard on words nobody can see), so it must notice when the
 * page shows it: a "Show more" link, a jQuery toggle, `hidden="until-found"`
 * opened by find-in-page. Stylesheet rules are not consulted: asking for
 * computed style per element would cost a layout, and text hidden by a class
 * (an accordion's folded panel) is read, so its marks are there when it opens.
 */
export function isHiddenByAttributes(el: Element): boolean {
  // Asked about every element with attributes, so only cheap checks: reading `.style` builds an object per element.
  return el.hasAttribute('hidden') || (el.hasAttribute('style') && (el as HTMLElement).style?.display === 'none');
}

/** The attributes whose changes can show or hide content by that rule. */
export const VISIBILITY_ATTRIBUTES = ['hidden', 'style'];

/**
 * Remembers which elements the lens found hidden, so that of the many
 * changes to `style` a page makes (an animation sets it every frame) only
 * those that show or hide an element send the lens back to read.
 */
export class HiddenContent {
  private readonly hidden = new WeakSet<Element>();

  /** The walk's `exclude`: whether to leave `el` unread, noting it when it is hidden. */
  readonly excludes = (el: Element): boolean => {
    if (!isHiddenByAttributes(el)) return false;
    this.hidden.add(el);
    return true;
  };

  /** After a change to `el`'s `hidden` or `style`: whether it was shown or hidden, by what the lens last knew of it. */
  changed(el: Element): boolean {
    const hiddenNow = isHiddenByAttributes(el);
    if (hiddenNow === this.hidden.has(el)) return false;
    // Recorded now, not by the rescan that follows: an element inside content that is hidden anyway is
    // never reached by the walk, and its next change of style must not count again.
    if (hiddenNow) this.hidden.add(el);
    else this.hidden.delete(el);
    return true;
  }
}
