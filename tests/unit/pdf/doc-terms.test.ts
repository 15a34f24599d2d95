import { describe, expect, it } from 'vitest';
import { DocumentTerms } from '../../../lib/pdf/doc-terms';

describe('DocumentTerms', () => {
  it('lists terms in the order they first appear in the document, whatever order pages were marked in', () => {
    const terms = new DocumentTerms();
    terms.setPage(9, ['icb']);
    terms.setPage(2, ['bcf', 'icb']);
    expect(terms.terms().map((t) => t.termId)).toEqual(['bcf', 'icb']);
  });

  it('counts marks and lists each page once', () => {
    const terms = new DocumentTerms();
    terms.setPage(3, ['icb', 'icb']);
    terms.setPage(1, ['icb']);
    expect(terms.terms()).toEqual([{ termId: 'icb', count: 3, pages: [1, 3] }]);
  });

  it('replaces a page’s terms when it is marked again', () => {
    const terms = new DocumentTerms();
    terms.setPage(1, ['icb']);
    terms.setPage(1, ['bcf']);
    expect(terms.terms().map((t) => t.termId)).toEqual(['bcf']);
  });

  it('counts marks per page, for the page list', () => {
    const terms = new DocumentTerms();
    terms.setPage(1, ['icb', 'bcf']);
    terms.setPage(2, []);
    expect([...terms.countsByPage()]).toEqual([[1, 2]]);
  });
});
