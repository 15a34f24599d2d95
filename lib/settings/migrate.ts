/**
 * Versioned data, migrated one step at a time. A step is keyed by the version
 * it produces (the step keyed 2 turns a version 1 value into version 2), which
 * is the shape WXT's `storage.defineItem({ version, migrations })` runs on
 * update; imports of older export files run the same steps.
 */
// biome-ignore lint/suspicious/noExplicitAny: a step receives whatever an older build stored.
export type Migrations = Readonly<Record<number, (old: any) => unknown>>;

export function runMigrations(value: unknown, from: number, to: number, migrations: Migrations): unknown {
  if (!Number.isInteger(from) || from < 1 || from > to)
    throw new RangeError(`cannot migrate from version ${from} to ${to}`);
  let current = value;
  for (let version = from + 1; version <= to; version++) {
    const step = migrations[version];
    if (!step) throw new Error(`no migration to version ${version}`);
    current = step(current);
  }
  return current;
}

/** Versions between 2 and `current` that have no step: each one is data an update would lose. */
export function missingMigrations(current: number, migrations: Migrations): number[] {
  const missing: number[] = [];
  for (let version = 2; version <= current; version++) if (!migrations[version]) missing.push(version);
  return missing;
}
