import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { localTermSchema } from '../../../lib/local-terms/schema';
import { loadLocalTerms, localTermsItem, saveLocalTerms, watchLocalTerms } from '../../../lib/local-terms/store';
import { LOCAL_TERMS_VERSION, localTermsMigrations } from '../../../lib/local-terms/versions';
import { missingMigrations, runMigrations } from '../../../lib/settings/migrate';
import { LOCAL_TERMS_FIXTURES, PLACE_BOARD, VIRTUAL_WARD } from './fixtures';

const versionsUpTo = (current: number) => Array.from({ length: current }, (_, i) => i + 1);

describe('local terms storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('starts empty', async () => {
    expect(await loadLocalTerms()).toEqual([]);
  });

  it('keeps terms in the local area under localTerms', async () => {
    await saveLocalTerms([VIRTUAL_WARD]);
    expect(await fakeBrowser.storage.local.get('localTerms')).toEqual({ localTerms: [VIRTUAL_WARD] });
    expect(await loadLocalTerms()).toEqual([VIRTUAL_WARD]);
  });

  it('refuses a collection where two terms claim one wording, leaving storage as it was', async () => {
    await saveLocalTerms([VIRTUAL_WARD]);
    const rival = { ...PLACE_BOARD, phrases: ['virtual wards'] };
    await expect(saveLocalTerms([VIRTUAL_WARD, { ...rival, phrases: ['Virtual ward'] }])).rejects.toThrow(
      /#2 “Place board” › phrases: "Virtual ward" is also claimed by #1 “Virtual ward”/,
    );
    expect(await loadLocalTerms()).toEqual([VIRTUAL_WARD]);
  });

  it('refuses a term that breaks the schema', async () => {
    await expect(saveLocalTerms([{ ...PLACE_BOARD, questions: ['No question mark'] }])).rejects.toThrow(
      /must end with "\?"/,
    );
  });

  it('reads past a damaged entry without losing the others', async () => {
    await fakeBrowser.storage.local.set({ localTerms: [{ headword: 42 }, PLACE_BOARD] });
    expect(await loadLocalTerms()).toEqual([PLACE_BOARD]);
  });

  it('tells watchers about every change', async () => {
    const seen: unknown[] = [];
    const stop = watchLocalTerms((terms) => seen.push(terms));
    await saveLocalTerms([PLACE_BOARD]);
    await new Promise((r) => setTimeout(r, 0));
    stop();
    expect(seen).toEqual([[PLACE_BOARD]]);
  });
});

describe('local terms storage versions', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('has a step to every version after the first', () => {
    expect(missingMigrations(LOCAL_TERMS_VERSION, localTermsMigrations)).toEqual([]);
  });

  it('keeps a fixture of every version, so each migration is tested', () => {
    expect(Object.keys(LOCAL_TERMS_FIXTURES).map(Number)).toEqual(versionsUpTo(LOCAL_TERMS_VERSION));
  });

  it.each(versionsUpTo(LOCAL_TERMS_VERSION))(
    'brings version %i up to date through WXT storage without losing a term',
    async (version) => {
      const stored = LOCAL_TERMS_FIXTURES[version] as unknown[];
      await fakeBrowser.storage.local.set({ localTerms: stored, localTerms$: { v: version } });
      await localTermsItem.migrate();
      const migrated = await loadLocalTerms();
      expect(migrated).toHaveLength(stored.length);
      expect(migrated).toEqual(runMigrations(stored, version, LOCAL_TERMS_VERSION, localTermsMigrations));
      for (const term of migrated) expect(localTermSchema.safeParse(term).success).toBe(true);
    },
  );
});
