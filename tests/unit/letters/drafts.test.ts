import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addQuestion,
  clearBasket,
  deleteDraft,
  duplicateDraft,
  editQuestion,
  getDraft,
  type LetterDraftV1,
  letterDraftsItem,
  listDrafts,
  listQuestions,
  migrateDraftsV1ToV2,
  moveQuestion,
  questionBasketItem,
  removeQuestion,
  renameDraft,
  reorderQuestions,
  restoreDraft,
  restoreQuestion,
  saveDraft,
} from '../../../lib/letters/drafts';
import { renderLetter } from '../../../lib/letters/render';
import { loadTemplates, SOURCES, TODAY } from './helpers';

let clock = Date.UTC(2026, 10, 22, 9, 0);
beforeEach(() => {
  fakeBrowser.reset();
  clock = Date.UTC(2026, 10, 22, 9, 0);
  vi.spyOn(Date, 'now').mockImplementation(() => (clock += 1000));
});

const input = {
  templateId: 'foi-request',
  values: { organisation_name: 'NHS Kent and Medway ICB', your_name: 'Alex' },
  includeParagraphs: ['savings-schemes'],
};

describe('letter drafts', () => {
  it('starts empty', async () => {
    expect(await listDrafts()).toEqual([]);
  });

  it('saves a new draft with an id, a name and timestamps, then updates it in place', async () => {
    const created = await saveDraft({ ...input, name: '  FOI to the ICB  ' });
    expect(created).toMatchObject({ name: 'FOI to the ICB', templateId: 'foi-request', questionIds: [] });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.createdAt).toBe(created.updatedAt);

    const updated = await saveDraft({
      ...input,
      id: created.id,
      values: { ...input.values, plan_years: '2026/27' },
      questionIds: ['q1'],
    });
    expect(updated.id).toBe(created.id);
    expect(updated.name).toBe('FOI to the ICB');
    expect(updated.createdAt).toBe(created.createdAt);
    expect(updated.updatedAt).toBeGreaterThan(created.updatedAt);
    expect(await listDrafts()).toEqual([updated]);
    expect(await getDraft(created.id)).toEqual(updated);
  });

  it('keeps names and lists values, and returns copies the caller cannot corrupt', async () => {
    const d = await saveDraft({ ...input, values: { trust_names: ['A Trust', 'B Trust'] } });
    d.values.trust_names = 'changed';
    expect((await getDraft(d.id))?.values.trust_names).toEqual(['A Trust', 'B Trust']);
  });

  it('lists the most recently changed first', async () => {
    const a = await saveDraft({ ...input, name: 'A' });
    const b = await saveDraft({ ...input, name: 'B' });
    expect((await listDrafts()).map((d) => d.name)).toEqual(['B', 'A']);
    await renameDraft(a.id, 'A again');
    expect((await listDrafts()).map((d) => d.id)).toEqual([a.id, b.id]);
  });

  it('renames, cleaning the name and never leaving it blank', async () => {
    const d = await saveDraft(input);
    expect(d.name).toBe('Untitled letter');
    expect((await renameDraft(d.id, 'To the\nchair'))?.name).toBe('To the chair');
    expect((await renameDraft(d.id, '   '))?.name).toBe('Untitled letter');
    expect((await renameDraft(d.id, 'x'.repeat(500)))?.name).toHaveLength(120);
    expect(await renameDraft('nope', 'x')).toBeUndefined();
  });

  it('duplicates under a new id', async () => {
    const d = await saveDraft({ ...input, name: 'Letter' });
    const copy = await duplicateDraft(d.id);
    expect(copy).toMatchObject({
      name: 'Copy of Letter',
      templateId: d.templateId,
      values: d.values,
      includeParagraphs: d.includeParagraphs,
    });
    expect(copy?.id).not.toBe(d.id);
    expect(await listDrafts()).toHaveLength(2);
    expect(await duplicateDraft('nope')).toBeUndefined();
  });

  it('deletes, returning the draft so it can be restored exactly where it was', async () => {
    const a = await saveDraft({ ...input, name: 'A' });
    const b = await saveDraft({ ...input, name: 'B' });
    const c = await saveDraft({ ...input, name: 'C' });
    const deleted = await deleteDraft(b.id);
    expect(deleted).toEqual({ draft: b, index: 1 });
    expect((await letterDraftsItem.getValue()).map((d) => d.id)).toEqual([a.id, c.id]);
    expect(await restoreDraft(deleted!)).toEqual(b);
    expect((await letterDraftsItem.getValue()).map((d) => d.id)).toEqual([a.id, b.id, c.id]);
    // Undo twice does not duplicate.
    await restoreDraft(deleted!);
    expect(await letterDraftsItem.getValue()).toHaveLength(3);
    expect(await deleteDraft('nope')).toBeUndefined();
  });

  it('does not lose a save when several are fired at once', async () => {
    await Promise.all(['A', 'B', 'C', 'D'].map((name) => saveDraft({ ...input, name })));
    expect((await listDrafts()).map((d) => d.name).sort()).toEqual(['A', 'B', 'C', 'D']);
  });

  it('ignores stored entries that are not drafts instead of failing', async () => {
    const good = await saveDraft(input);
    await fakeBrowser.storage.local.set({ letterDrafts: [good, { nonsense: true }, 42] });
    expect(await listDrafts()).toEqual([good]);
  });

  it('restores a draft that renders the same letter', async () => {
    const t = loadTemplates().get('foi-request')!;
    const values = { organisation_name: '<b>NHS</b> & co', plan_years: '2026/27', your_email: 'a@b.org' };
    const d = await saveDraft({ ...input, values });
    const back = await getDraft(d.id);
    const opts = { questions: [], includeParagraphs: back!.includeParagraphs, sources: SOURCES, today: TODAY };
    const again = renderLetter(t, back!.values, opts);
    expect(again).toEqual(renderLetter(t, values, { ...opts, includeParagraphs: input.includeParagraphs }));
    expect(JSON.stringify(again.document)).toContain('<b>NHS</b> & co');
  });
});

describe('drafts: v1 → v2 migration', () => {
  const v1: LetterDraftV1 = {
    templateId: 'scrutiny-chair-obtain-plans',
    values: { recipient_name: 'Cllr Shah', icb_name: 'NHS North Central London ICB' },
    paragraphs: { recommendations: true, 'next-meeting': false, 'copy-others': true },
    savedAt: Date.UTC(2026, 9, 3, 12, 0),
  };

  it('turns the single v1 draft into a one-item list', () => {
    expect(migrateDraftsV1ToV2(v1, () => 'fixed-id')).toEqual([
      {
        id: 'fixed-id',
        name: 'Draft letter (saved 3 October 2026)',
        templateId: 'scrutiny-chair-obtain-plans',
        values: v1.values,
        includeParagraphs: ['recommendations', 'copy-others'],
        questionIds: [],
        createdAt: v1.savedAt,
        updatedAt: v1.savedAt,
      },
    ]);
  });

  it('turns nothing, or something unreadable, into an empty list', () => {
    expect(migrateDraftsV1ToV2(null)).toEqual([]);
    expect(migrateDraftsV1ToV2({ templateId: 3 })).toEqual([]);
    expect(migrateDraftsV1ToV2('text')).toEqual([]);
  });

  it('runs through WXT storage when v1 data is found (with or without a version stamp)', async () => {
    for (const meta of [{ letterDrafts$: { v: 1 } }, {}]) {
      fakeBrowser.reset();
      await fakeBrowser.storage.local.set({ letterDrafts: v1, ...meta });
      await letterDraftsItem.migrate();
      const drafts = await listDrafts();
      expect(drafts).toHaveLength(1);
      expect(drafts[0]).toMatchObject({
        name: 'Draft letter (saved 3 October 2026)',
        templateId: v1.templateId,
        values: v1.values,
      });
      expect(await letterDraftsItem.getMeta()).toMatchObject({ v: 2 });
      // Carrying on from the migrated list works as normal.
      await saveDraft({ ...input, name: 'New' });
      expect(await listDrafts()).toHaveLength(2);
    }
  });

  it('leaves v2 data alone, even if its version stamp was lost', async () => {
    const d = await saveDraft(input);
    await letterDraftsItem.migrate();
    expect(await listDrafts()).toEqual([d]);
    await fakeBrowser.storage.local.remove('letterDrafts$');
    await letterDraftsItem.migrate();
    expect(await listDrafts()).toEqual([d]);
  });
});

describe('questions basket', () => {
  const page = {
    pageTitle: 'ICB board papers — September 2026',
    pageUrl: 'https://www.example-icb.nhs.uk/board.pdf',
    pdfPage: 12,
  };

  it('adds a question with the page it came from', async () => {
    const { entry, added } = await addQuestion({
      text: '  What is the savings target?  ',
      termId: 'cip',
      sourceRefs: ['jfp-guidance'],
      ...page,
    });
    expect(added).toBe(true);
    expect(entry).toMatchObject({
      text: 'What is the savings target?',
      termId: 'cip',
      sourceRefs: ['jfp-guidance'],
      source: {
        pageTitle: 'ICB board papers — September 2026',
        pageUrl: 'https://www.example-icb.nhs.uk/board.pdf',
        pdfPage: 12,
      },
    });
    expect(entry.addedAt).toBeGreaterThan(0);
    expect(await listQuestions()).toEqual([entry]);
  });

  it('keeps the same wording once', async () => {
    const first = await addQuestion({ text: 'Who decides?', ...page });
    const again = await addQuestion({ text: 'who decides?', ...page });
    expect(again).toEqual({ entry: first.entry, added: false });
    expect(await listQuestions()).toHaveLength(1);
  });

  it('refuses an empty question', async () => {
    await expect(addQuestion({ text: '   ', ...page })).rejects.toThrow(/empty/);
  });

  it('edits, remembering the original wording', async () => {
    const { entry } = await addQuestion({ text: 'Old wording?', ...page });
    await editQuestion(entry.id, 'New wording?');
    const edited = await editQuestion(entry.id, 'Newer wording?');
    expect(edited).toMatchObject({ text: 'Newer wording?', originalText: 'Old wording?' });
  });

  it('reorders and moves', async () => {
    const ids = [];
    for (const text of ['One?', 'Two?', 'Three?']) ids.push((await addQuestion({ text, ...page })).entry.id);
    expect((await reorderQuestions([ids[2], ids[0]])).map((q) => q.text)).toEqual(['Three?', 'One?', 'Two?']);
    expect((await moveQuestion(ids[1], 0)).map((q) => q.text)).toEqual(['Two?', 'Three?', 'One?']);
    expect((await moveQuestion(ids[1], 99)).map((q) => q.text)).toEqual(['Three?', 'One?', 'Two?']);
  });

  it('removes with undo, and clears', async () => {
    const a = (await addQuestion({ text: 'A?', ...page })).entry;
    const b = (await addQuestion({ text: 'B?', ...page })).entry;
    const removed = await removeQuestion(a.id);
    expect(removed).toEqual({ entry: a, index: 0 });
    await restoreQuestion(removed!);
    expect((await listQuestions()).map((q) => q.id)).toEqual([a.id, b.id]);
    await clearBasket();
    expect(await listQuestions()).toEqual([]);
  });

  it('is versioned storage whose data survives a migration run', async () => {
    const { entry } = await addQuestion({ text: 'A?', ...page });
    await fakeBrowser.storage.local.remove('questionBasket$');
    await questionBasketItem.migrate();
    expect(await listQuestions()).toEqual([entry]);
  });

  it('feeds the letter renderer directly', async () => {
    await addQuestion({ text: 'Will the ICB publish the plan?', sourceRefs: ['jfp-guidance'], ...page });
    const t = loadTemplates().get('public-question')!;
    const r = renderLetter(
      t,
      {},
      { questions: await listQuestions(), includeParagraphs: [], sources: SOURCES, today: TODAY },
    );
    const refs = r.document.blocks.find((b) => b.type === 'references');
    expect(refs?.type === 'references' && refs.items.map((i) => i.url)).toEqual([
      'https://www.england.nhs.uk/long-read/guidance-on-developing-the-joint-forward-plan/',
      'https://www.example-icb.nhs.uk/board.pdf#page=12',
    ]);
  });
});
