import { describe, expect, it } from 'vitest';
import { hostsOfOrigins } from '../../../lib/sites/granted';

describe('hostsOfOrigins', () => {
  it('reads the host of each granted site once', () => {
    expect(hostsOfOrigins(['https://www.healthwatchleeds.co.uk/*', 'http://www.healthwatchleeds.co.uk/*'])).toEqual([
      'www.healthwatchleeds.co.uk',
    ]);
  });

  it('leaves out wildcard patterns and the default council and NHS sites', () => {
    expect(hostsOfOrigins(['https://*/*', '*://*.gov.uk/*', 'https://democracy.leeds.gov.uk/*'])).toEqual([]);
  });

  it('ignores anything that is not an origin pattern', () => {
    expect(hostsOfOrigins(['<all_urls>', 'file:///*', 'nonsense'])).toEqual([]);
  });
});
