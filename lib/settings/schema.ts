import { z } from 'zod';
import { CATEGORIES } from '../glossary/schema';
import { lazySchema } from '../lazy-schema';

/**
 * The user's settings. Kept small and flat so they fit the sync area's
 * 8 KB-per-item quota even with many sites listed.
 */
export const MARK_STYLES = ['underline', 'tint', 'both'] as const;
export const MARK_COLOURS = ['blue', 'amber', 'purple'] as const;
export const DENSITIES = ['every', 'first-in-section'] as const;

/** A host name as stored: lower case, labels of letters, digits and inner hyphens. */
export const HOST_NAME =
  /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
/** How many sites each list may hold. */
export const MAX_SITES = 500;

const hostname = lazySchema(() =>
  z.string().trim().toLowerCase().regex(HOST_NAME, 'must be a host name such as democracy.leeds.gov.uk'),
);

export const settingsSchema = lazySchema(() =>
  z.strictObject({
    sites: z.strictObject({
      /** Host names where marking is switched off (a default site the user turned off, or an added one paused). */
      off: z.array(hostname).max(MAX_SITES),
      /** Host names outside the defaults the user turned on; each has its own granted host permission. */
      added: z.array(hostname).max(MAX_SITES),
    }),
    marks: z.strictObject({
      style: z.enum(MARK_STYLES),
      colours: z.enum(MARK_COLOURS),
      density: z.enum(DENSITIES),
      categories: z.array(z.enum(CATEGORIES)),
      historical: z.boolean(),
      badge: z.boolean(),
    }),
  }),
);

export type Settings = z.infer<typeof settingsSchema>;
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
