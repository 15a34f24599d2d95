import { describe, expect, it } from 'vitest';
import { bundledGlossary } from '../../../lib/glossary/data';
import { bundledGlossaryForTests } from '../../harness/glossary';

describe('the glossary as the extension bundles it', () => {
  it('holds every term in data/, validated at build time', () => {
    expect(
      bundledGlossary()
        .terms.map((t) => t.id)
        .sort(),
    ).toEqual(
      bundledGlossaryForTests()
        .terms.map((t) => t.id)
        .sort(),
    );
  });

  it('indexes the sources every term cites', () => {
    const g = bundledGlossary();
    for (const t of g.terms)
      for (const ref of t.sources) expect(g.sources.has(ref.source), `${t.id} › ${ref.source}`).toBe(true);
  });
});
