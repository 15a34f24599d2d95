import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listDrafts, saveDraft } from '../../../lib/letters/drafts';

/**
 * The browser's storage for the extension is full (Chrome: "QUOTA_BYTES quota
 * exceeded"; Firefox: a QuotaExceededError): a save fails loudly, and what was
 * already saved is still there, untouched.
 */

const QUOTA_ERRORS = [
  new Error('QUOTA_BYTES quota exceeded'),
  new DOMException('storage.local API call exceeded its quota limitations.', 'QuotaExceededError'),
];

const draft = (name: string, text: string) => ({
  name,
  templateId: 'foi-request',
  values: { organisation_name: 'NHS Kent and Medway ICB', your_name: text },
  includeParagraphs: [],
});

beforeEach(() => {
  fakeBrowser.reset();
});

function fillStorage(error: Error): void {
  vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(error);
}

describe.each(QUOTA_ERRORS.map((e) => [e.message, e] as const))('when storage is full (%s)', (_message, error) => {
  it('keeps every draft saved before, exactly as it was', async () => {
    const first = await saveDraft(draft('To the chair', 'Alex'));
    const second = await saveDraft(draft('To the ICB', 'Sam'));
    fillStorage(error);
    await expect(saveDraft({ ...draft('To the chair', 'Alex, edited'), id: first.id })).rejects.toBeTruthy();
    await expect(saveDraft(draft('A third', 'Kim'))).rejects.toBeTruthy();
    vi.restoreAllMocks();
    expect(await listDrafts()).toEqual(expect.arrayContaining([first, second]));
    expect(await listDrafts()).toHaveLength(2);
  });

  it('reports the failure rather than claiming the save worked', async () => {
    fillStorage(error);
    await expect(saveDraft(draft('New', 'Alex'))).rejects.toBeInstanceOf(Error);
  });

  it('says so in words a resident understands: storage is full, and what to do', async () => {
    fillStorage(error);
    await expect(saveDraft(draft('New', 'Alex'))).rejects.toThrow(/storage.*full|full.*storage/i);
  });
});
