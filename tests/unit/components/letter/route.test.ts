import { describe, expect, it } from 'vitest';
import { parseRoute, routeSearch } from '@/components/letter/route';

describe('the letter page address', () => {
  it('opens a draft with ?draft=', () => {
    expect(parseRoute('?draft=abc')).toEqual({ view: 'draft', draftId: 'abc' });
  });

  it('starts a letter on a template with ?template=', () => {
    expect(parseRoute('?template=foi-request')).toEqual({ view: 'new', templateId: 'foi-request' });
  });

  it('prefers the draft when both are given', () => {
    expect(parseRoute('?template=foi-request&draft=abc').view).toBe('draft');
  });

  it('shows the start view otherwise', () => {
    expect(parseRoute('')).toEqual({ view: 'start' });
  });

  it('writes back what it reads', () => {
    expect(parseRoute(routeSearch({ view: 'draft', draftId: 'a b' }))).toEqual({ view: 'draft', draftId: 'a b' });
  });
});
