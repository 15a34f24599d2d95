import { breaksLine, hasNonSpace } from './text-blocks';

/**
 * The page's text for the matcher's prefilter (match/prefilter.ts), which
 * needs each block's text unbroken. `textContent` is that, in one native
 * call, except where content the full read skips (a script, a hidden element,
 * an editable field) sits inside a line between two words, as in
 * "Better <span hidden>x</span>Care". Then there is no cheap answer, and this
 * returns undefined: read the page.
 */

/**
 * Content the full read leaves out without ending the line: text that
 * textContent has and a block does not. A superset of what the walk skips
 * without a break (text-blocks.ts) and of the content script's `exclude`.
 */
const SKIPPED_INLINE =
  'script, style, noscript, template, datalist, option, optgroup, title, rt, rp, [contenteditable], [hidden], [style*="none" i]';

/** Past this many such elements, checking each costs more than it saves. */
const MOST_TO_CHECK = 400;

/** Elements that show nothing and take no room: the line runs on past them. */
const SILENT = new Set(['meta', 'link', 'base', 'wbr']);

export function prefilterText(body: Element): string | undefined {
  return textIsTrustworthy(body) ? (body.textContent ?? '') : undefined;
}

/**
 * Whether `body.textContent` holds every block's text unbroken. Only a "no"
 * from the prefilter needs this (a "yes" leads to the full read anyway), so a
 * caller can test the text first and ask this only then.
 */
export function textIsTrustworthy(body: Element): boolean {
  const skipped = body.querySelectorAll(SKIPPED_INLINE);
  if (skipped.length > MOST_TO_CHECK) return false;
  for (const el of skipped) if (splitsALine(el)) return false;
  return true;
}

/** True if `el` holds text and may stand between words of one line (to be safe, any inline element counts as words). */
export function splitsALine(el: Element): boolean {
  if (!el.textContent) return false;
  return wordsBeside(el, 'previousSibling') && wordsBeside(el, 'nextSibling');
}

/** Whether the line `el` sits in has words on one side of it, looking past inline parents to the block's edge. */
function wordsBeside(el: Element, direction: 'previousSibling' | 'nextSibling'): boolean {
  for (let from: Element = el; ; ) {
    for (let at = from[direction]; at; at = at[direction]) {
      if (at.nodeType === 3) {
        if (hasNonSpace((at as Text).data)) return true;
        continue;
      }
      if (at.nodeType !== 1) continue;
      const sibling = at as Element;
      if (SILENT.has(sibling.localName.toLowerCase()) || sibling.matches(SKIPPED_INLINE)) continue;
      return !breaksLine(sibling);
    }
    const parent = from.parentElement;
    // Inside a block, or inside something that takes room in the line (an option in its select), the line ends here.
    if (!parent || breaksLine(parent)) return false;
    from = parent;
  }
}
