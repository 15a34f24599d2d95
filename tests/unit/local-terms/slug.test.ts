import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlug } from '../../../lib/local-terms/slug';

describe('slugs', () => {
  it.each([
    ['Virtual ward', 'virtual-ward'],
    ['  Section 75 agreement ', 'section-75-agreement'],
    ['Hospital @ Home', 'hospital-home'],
    ['A&E', 'a-and-e'],
    ['Café', 'cafe'],
    ['£££', 'term'],
  ])('%j becomes %j', (headword, slug) => {
    expect(slugify(headword)).toBe(slug);
  });

  it('never ends with a hyphen when cut short', () => {
    expect(slugify(`${'a'.repeat(59)} b`)).toBe('a'.repeat(59));
  });

  it('numbers a slug already taken', () => {
    expect(uniqueSlug('Virtual ward', ['virtual-ward', 'virtual-ward-2'])).toBe('virtual-ward-3');
  });
});
