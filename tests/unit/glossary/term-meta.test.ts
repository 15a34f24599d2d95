import glossary from 'virtual:scrutiny-lens/glossary';
import shipped from 'virtual:scrutiny-lens/term-meta';
import { describe, expect, it } from 'vitest';
import { metaOf, packTermMeta, type TermMeta, unpackTermMeta } from '../../../lib/glossary/term-meta';

// What the lens knows of each term to mark it: shipped with each category and status named once.

describe('the terms’ meta as the lens ships it', () => {
  it('is every glossary term’s id, category and status, in the glossary’s order', () => {
    expect(shipped).toEqual(glossary.terms.map((t) => ({ id: t.id, category: t.category, status: t.era.status })));
  });

  it('comes back unchanged from packing', () => {
    const meta: TermMeta[] = [
      { id: 'ccg', category: 'bodies-and-structures', status: 'historical' },
      { id: 'icb', category: 'bodies-and-structures', status: 'current' },
      { id: 'control-total', category: 'money', status: 'current' },
    ];
    expect(unpackTermMeta(JSON.parse(JSON.stringify(packTermMeta(meta))))).toEqual(meta);
  });

  it('names each category and status once', () => {
    const packed = packTermMeta(glossary.terms.map(metaOf));
    expect(new Set(packed.categories).size).toBe(packed.categories.length);
    expect(packed.statuses.length).toBeLessThanOrEqual(new Set(glossary.terms.map((t) => t.era.status)).size);
  });
});
