import { describe, expect, it } from 'vitest';
import { tabIdFromQuery } from '../../../../components/popup/tab';

describe('?tab=', () => {
  it('names the tab the popup speaks for', () => {
    expect(tabIdFromQuery('?tab=42')).toBe(42);
  });

  it.each(['', '?tab=', '?tab=abc', '?tab=-1', '?tab=1.5', '?other=3'])(
    'is ignored when it is not a tab id: "%s"',
    (search) => {
      expect(tabIdFromQuery(search)).toBeUndefined();
    },
  );
});
