import { CATEGORIES } from '../glossary/vocabulary';
import type { Settings } from './schema';

/**
 * The settings' fixed lists, limits and defaults. Apart from the schema
 * (./schema.ts, which re-exports them) so that the content script can use
 * them without loading zod.
 */
export const MARK_STYLES = ['underline', 'tint', 'both'] as const;
export const MARK_COLOURS = ['blue', 'amber', 'purple'] as const;
export const DENSITIES = ['every', 'first-in-section'] as const;

/** A host name as stored: lower case, labels of letters, digits and inner hyphens. */
export const HOST_NAME =
  /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
/** How many sites each list may hold. */
export const MAX_SITES = 500;

export type MarkStyle = (typeof MARK_STYLES)[number];
export type Density = (typeof DENSITIES)[number];

export const DEFAULT_SETTINGS: Settings = {
  sites: { off: [], added: [] },
  marks: {
    style: 'both',
    colours: 'blue',
    // Board packs repeat ICB or RTT dozens of times; one mark per section keeps a page readable
    // while every term is still found once wherever it matters.
    density: 'first-in-section',
    categories: [...CATEGORIES],
    historical: true,
    badge: true,
  },
};
