/**
 * One CSS highlight per mark style. Names start with `scrutiny-lens` so they
 * can never collide with the page's own highlights.
 */
export const HIGHLIGHTS = {
  /** A current or proposed glossary term. */
  term: 'scrutiny-lens-term',
  /** A historical term (CCG, STP…): same shape, a different colour so it reads as "of its time". */
  historical: 'scrutiny-lens-historical',
  /** One of the user's own terms. */
  local: 'scrutiny-lens-local',
  /** The mark the keyboard is on, or whose card is open. */
  focus: 'scrutiny-lens-focus',
} as const;

export type HighlightKind = Exclude<keyof typeof HIGHLIGHTS, 'focus'>;
