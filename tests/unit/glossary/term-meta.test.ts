import glossary from 'virtual:scrutiny-lens/glossary';
import shipped from 'virtual:scrutiny-lens/term-meta';
import { describe, expect, it } from 'vitest';
import { metaOf, packTermMeta, type TermMeta, unpackTermMeta } from '../../../lib/glossary/term-meta';

// What the lens knows of each term to mark it: shipped with each category and status named once.

describe('the terms’ meta as the lens ships it', () => {
  it('is every glossary term’s id, category and status, in the glossary’s order', () => {
    expect(shipped.map(({ id, category, status }) => ({ id, category, status }))).toEqual(
      glossary.terms.map((t) => ({ id: t.id, category: t.category, status: t.era.status })),
    );
  });

  it('says which terms are marked only on pages that name the NHS', () => {
    expect(shipped.filter((m) => m.nhsPagesOnly).map((m) => m.id)).toEqual(
      glossary.terms.filter((t) => t.match.nhsPagesOnly).map((t) => t.id),
    );
    expect(shipped.filter((m) => m.nhsPagesOnly).map((m) => m.id)).toContain('lead-provider');
  });

  it('comes back unchanged from packing', () => {
    const meta: TermMeta[] = [
      { id: 'ccg', category: 'bodies-and-structures', status: 'historical' },
      { id: 'icb', category: 'bodies-and-structures', status: 'current' },
      { id: 'control-total', category: 'money', status: 'current' },
      { id: 'lead-provider', category: 'contracts-and-payment', status: 'current', nhsPagesOnly: true },
    ];
    expect(unpackTermMeta(JSON.parse(JSON.stringify(packTermMeta(meta))))).toEqual(meta);
  });

  it('names each category and status once', () => {
    const packed = packTermMeta(glossary.terms.map(metaOf));
    expect(new Set(packed.categories).size).toBe(packed.categories.length);
    expect(packed.statuses.length).toBeLessThanOrEqual(new Set(glossary.terms.map((t) => t.era.status)).size);
  });
});
