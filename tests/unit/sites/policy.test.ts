import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { isDefaultSite } from '../../../lib/sites/defaults';
import { hostOf, isMarkingOn, originsFor, siteState, withSiteSwitched } from '../../../lib/sites/policy';

describe('default sites', () => {
  it.each(['democracy.leeds.gov.uk', 'www.england.nhs.uk', 'kent.moderngov.co.uk', 'gov.uk', 'WWW.LEEDS.GOV.UK'])(
    '%s is a default site',
    (host) => {
      expect(isDefaultSite(host)).toBe(true);
    },
  );
  it.each(['evilgov.uk', 'gov.uk.example.com', 'nhs.uk.evil.org', 'example.org', 'moderngov.co.uk.attacker.net'])(
    '%s is not a default site',
    (host) => {
      expect(isDefaultSite(host)).toBe(false);
    },
  );
});

describe('hostOf', () => {
  it('reads the host from a full address', () => {
    expect(hostOf('https://democracy.leeds.gov.uk/ieListDocuments.aspx?CId=1')).toBe('democracy.leeds.gov.uk');
  });
  it('accepts a bare host name as typed', () => {
    expect(hostOf(' www.healthwatchleeds.co.uk ')).toBe('www.healthwatchleeds.co.uk');
  });
  it('refuses addresses that are not web pages', () => {
    expect(hostOf('file:///etc/passwd')).toBeUndefined();
    expect(hostOf('')).toBeUndefined();
  });
});

describe('site switch', () => {
  it('is on for a default site until switched off', () => {
    const off = withSiteSwitched(DEFAULT_SETTINGS, 'democracy.leeds.gov.uk', false);
    expect(isMarkingOn('democracy.leeds.gov.uk', DEFAULT_SETTINGS)).toBe(true);
    expect(siteState('democracy.leeds.gov.uk', off)).toBe('default-off');
    expect(isMarkingOn('democracy.leeds.gov.uk', withSiteSwitched(off, 'democracy.leeds.gov.uk', true))).toBe(true);
  });
  it('switching one default site off leaves the others on', () => {
    const off = withSiteSwitched(DEFAULT_SETTINGS, 'democracy.leeds.gov.uk', false);
    expect(isMarkingOn('www.england.nhs.uk', off)).toBe(true);
  });
  it('adds a site outside the defaults when it is switched on', () => {
    const on = withSiteSwitched(DEFAULT_SETTINGS, 'www.healthwatchleeds.co.uk', true);
    expect(on.sites.added).toEqual(['www.healthwatchleeds.co.uk']);
    expect(siteState('www.healthwatchleeds.co.uk', on)).toBe('added-on');
  });
  it('a site never added is off', () => {
    expect(siteState('example.org', DEFAULT_SETTINGS)).toBe('not-added');
    expect(isMarkingOn('example.org', DEFAULT_SETTINGS)).toBe(false);
  });
  it('asks for one site only, over https and http', () => {
    expect(originsFor('www.healthwatchleeds.co.uk')).toEqual([
      'https://www.healthwatchleeds.co.uk/*',
      'http://www.healthwatchleeds.co.uk/*',
    ]);
  });
});

describe('a default site in Scotland, Wales or Northern Ireland', () => {
  const host = 'www.stirling.gov.uk';

  it('is off until the reader switches it on', () => {
    expect(siteState(host, DEFAULT_SETTINGS)).toBe('default-off');
    expect(isMarkingOn(host, DEFAULT_SETTINGS)).toBe(false);
  });

  it('switched on, is listed among the sites the reader added, and marked', () => {
    const on = withSiteSwitched(DEFAULT_SETTINGS, host, true);
    expect(on.sites.added).toEqual([host]);
    expect(siteState(host, on)).toBe('default-on');
  });

  it('switched off again, stays listed but is not marked', () => {
    const off = withSiteSwitched(withSiteSwitched(DEFAULT_SETTINGS, host, true), host, false);
    expect(off.sites.added).toEqual([host]);
    expect(isMarkingOn(host, off)).toBe(false);
  });

  it('switching it on leaves England’s default sites as they were', () => {
    const on = withSiteSwitched(DEFAULT_SETTINGS, host, true);
    expect(on.sites.off).toEqual([]);
    expect(isMarkingOn('democracy.leeds.gov.uk', on)).toBe(true);
  });
});
