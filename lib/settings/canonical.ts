import { CATEGORIES } from '../glossary/vocabulary';
import { DENSITIES, HOST_NAME, MARK_COLOURS, MARK_STYLES, MAX_SITES } from './defaults';
import type { Settings } from './schema';

/**
 * True only for settings exactly as the schema would return them: the shape
 * `saveSettings` stores. The content script reads the settings on every page,
 * and building and running the zod schema there cost about 12 ms of start-up;
 * settings already in this form need neither, and anything else (an old
 * shape, a hand-edited value, damage) still goes through the schema. A
 * property test holds the two together: whatever this accepts, the schema
 * accepts unchanged.
 */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasExactly(value: Record<string, unknown>, keys: readonly string[]): boolean {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((k) => Object.hasOwn(value, k));
}

function isListOf(value: unknown, max: number, ok: (item: unknown) => boolean): boolean {
  if (!Array.isArray(value) || value.length > max) return false;
  for (let i = 0; i < value.length; i++) if (!ok(value[i])) return false;
  return true;
}

const oneOf =
  (allowed: readonly string[]) =>
  (value: unknown): boolean =>
    typeof value === 'string' && allowed.includes(value);

const isHost = (value: unknown) => typeof value === 'string' && HOST_NAME.test(value);

export function isCanonicalSettings(value: unknown): value is Settings {
  if (!isRecord(value) || !hasExactly(value, ['sites', 'marks'])) return false;
  const { sites, marks } = value;
  if (!isRecord(sites) || !hasExactly(sites, ['off', 'added'])) return false;
  if (!isListOf(sites.off, MAX_SITES, isHost) || !isListOf(sites.added, MAX_SITES, isHost)) return false;
  if (!isRecord(marks) || !hasExactly(marks, ['style', 'colours', 'density', 'categories', 'historical', 'badge']))
    return false;
  return (
    oneOf(MARK_STYLES)(marks.style) &&
    oneOf(MARK_COLOURS)(marks.colours) &&
    oneOf(DENSITIES)(marks.density) &&
    isListOf(marks.categories, Number.POSITIVE_INFINITY, oneOf(CATEGORIES)) &&
    typeof marks.historical === 'boolean' &&
    typeof marks.badge === 'boolean'
  );
}
