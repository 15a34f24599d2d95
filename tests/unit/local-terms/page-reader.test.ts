import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toTerms } from '../../../lib/local-terms';
import { localTermsInPage } from '../../../lib/local-terms/page-reader';
import { PLACE_BOARD } from './fixtures';

// The content script's own terms, made into glossary terms by the background, which loads their schema.

describe('the user’s own terms as the content script gets them', () => {
  let asked: unknown[];

  beforeEach(() => {
    fakeBrowser.reset();
    asked = [];
    // The background's answer to 'local-terms', as entrypoints/background/index.ts gives it.
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { stored: unknown[] }) => {
      asked.push(message);
      return toTerms(message.stored);
    }) as never);
  });

  it('asks nothing when there are none, as for most people', async () => {
    expect(await localTermsInPage([])).toEqual([]);
    expect(await localTermsInPage(undefined)).toEqual([]);
    expect(asked).toEqual([]);
  });

  it('gets the background’s glossary terms for the stored ones, leaving out one that fails the schema', async () => {
    const terms = await localTermsInPage([PLACE_BOARD, { slug: 'Not A Slug' }]);
    expect(terms.map((t) => t.id)).toEqual(['local-place-board']);
    expect(asked).toHaveLength(1);
  });
});
