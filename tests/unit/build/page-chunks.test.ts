import type { InlineConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { groupPageChunks, PAGE_CHUNK_GROUPS } from '../../../lib/build/page-chunks';

/**
 * The extension pages share one chunk of common code; the content and
 * background scripts, built as single IIFE files, are left as they are
 * (a code-splitting option there fails the build).
 */
const groupsOf = (config: InlineConfig) =>
  (config.build?.rolldownOptions?.output as { codeSplitting?: { groups: unknown } } | undefined)?.codeSplitting?.groups;

describe('grouping the extension pages’ chunks', () => {
  it('applies to a build of HTML pages', () => {
    const config: InlineConfig = {};
    groupPageChunks(
      [{ inputPath: '/x/entrypoints/popup/index.html' }, { inputPath: '/x/glossary/index.html' }],
      config,
    );
    expect(groupsOf(config)).toBe(PAGE_CHUNK_GROUPS);
  });

  it('leaves a content or background script build alone', () => {
    const config: InlineConfig = {};
    groupPageChunks([{ inputPath: '/x/entrypoints/content/index.ts' }], config);
    expect(config).toEqual({});
  });

  it('keeps the rest of the output options it is given', () => {
    const config: InlineConfig = { build: { rolldownOptions: { output: { entryFileNames: 'e.js' } } } };
    groupPageChunks([{ inputPath: '/x/popup.html' }], config);
    expect(config.build?.rolldownOptions?.output).toMatchObject({ entryFileNames: 'e.js' });
  });

  it('keeps the viewer and the compiled matcher out of the chunk every page loads', () => {
    const shared = PAGE_CHUNK_GROUPS.find((g) => g.name === 'shared');
    const test = shared?.test as (id: string) => boolean;
    expect(test('/x/components/viewer/engine-config.ts')).toBe(false);
    expect(test('\0virtual:scrutiny-lens/matcher')).toBe(false);
    expect(test('/x/components/search/browse.ts')).toBe(true);
  });
});
