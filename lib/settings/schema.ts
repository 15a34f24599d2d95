import { z } from 'zod';
import { CATEGORIES } from '../glossary/vocabulary';
import { lazySchema } from '../lazy-schema';
import { DENSITIES, HOST_NAME, MARK_COLOURS, MARK_STYLES, MAX_SITES } from './defaults';

export {
  DEFAULT_SETTINGS,
  DENSITIES,
  type Density,
  HOST_NAME,
  MARK_COLOURS,
  MARK_STYLES,
  MAX_SITES,
  type MarkStyle,
} from './defaults';

const hostname = lazySchema(() =>
  z.string().trim().toLowerCase().regex(HOST_NAME, 'must be a host name such as democracy.leeds.gov.uk'),
);

/**
 * The user's settings. Kept small and flat so they fit the sync area's
 * 8 KB-per-item quota even with many sites listed.
 */
export const settingsSchema = lazySchema(() =>
  z.strictObject({
    sites: z.strictObject({
      /** Host names where marking is switched off (a default site the user turned off, or an added one paused). */
      off: z.array(hostname).max(MAX_SITES),
      /**
       * Host names outside the defaults the user turned on, each with its own granted host permission, and
       * default sites of Scotland, Wales or Northern Ireland they switched on (see lib/sites/devolved.ts).
       */
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
