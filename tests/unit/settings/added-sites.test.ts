import { describe, expect, it } from 'vitest';
import {
  siteRequest,
  switchedOffDefaults,
  switchOffRequest,
  withoutAddedSite,
} from '../../../lib/settings/added-sites';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/schema';

const WITH_SITES: Settings = {
  ...DEFAULT_SETTINGS,
  sites: {
    off: ['democracy.leeds.gov.uk', 'paused.example.org'],
    added: ['www.kingsfund.org.uk', 'paused.example.org'],
  },
};

describe('typing a site to add', () => {
  it('needs access for a new site, typed or pasted as an address', () => {
    expect(siteRequest('https://www.healthwatchleeds.co.uk/news?page=2', DEFAULT_SETTINGS)).toEqual({
      kind: 'needs-access',
      host: 'www.healthwatchleeds.co.uk',
    });
  });

  it('asks again for a paused added site', () => {
    expect(siteRequest('paused.example.org', WITH_SITES)).toEqual({ kind: 'needs-access', host: 'paused.example.org' });
  });

  it('switches a default site back on without asking for access', () => {
    expect(siteRequest('democracy.leeds.gov.uk', WITH_SITES)).toEqual({
      kind: 'switch-default-on',
      host: 'democracy.leeds.gov.uk',
    });
  });

  it.each([
    ['', /Type a host name/],
    ['not a host', /Type a host name/],
    ['localhost', /Type a host name/],
    ['file:///etc/passwd', /Type a host name/],
    ['www.leeds.gov.uk', /is a council or NHS site: Scrutiny Lens already works there/],
    ['www.kingsfund.org.uk', /is already in your sites/],
  ])('refuses %j with a message', (typed, message) => {
    const request = siteRequest(typed, WITH_SITES);
    expect(request.kind).toBe('refused');
    if (request.kind === 'refused') expect(request.message).toMatch(message);
  });
});

describe('removing an added site', () => {
  it('forgets it entirely, including that it was paused', () => {
    expect(withoutAddedSite(WITH_SITES, 'paused.example.org').sites).toEqual({
      off: ['democracy.leeds.gov.uk'],
      added: ['www.kingsfund.org.uk'],
    });
  });
});

describe('switched-off default sites', () => {
  it('are the council and NHS hosts in the off list, not paused added sites', () => {
    expect(switchedOffDefaults(WITH_SITES)).toEqual(['democracy.leeds.gov.uk']);
  });

  it('leave out a site in Scotland switched on and off again, which stays among the sites added', () => {
    const stirling = { ...DEFAULT_SETTINGS, sites: { off: ['www.stirling.gov.uk'], added: ['www.stirling.gov.uk'] } };
    expect(switchedOffDefaults(stirling)).toEqual([]);
  });
});

describe('typing a council or NHS site to switch off', () => {
  it('switches off a default site, typed or pasted', () => {
    expect(switchOffRequest('https://www.england.nhs.uk/long-read/', WITH_SITES)).toEqual({
      kind: 'switch-off',
      host: 'www.england.nhs.uk',
    });
  });

  it.each([
    ['nonsense', /Type a host name/],
    ['democracy.leeds.gov.uk', /is already switched off/],
    ['www.kingsfund.org.uk', /is not a council or NHS site; a site you added can be paused in its list/],
  ])('refuses %j with a message', (typed, message) => {
    const request = switchOffRequest(typed, WITH_SITES);
    expect(request.kind).toBe('refused');
    if (request.kind === 'refused') expect(request.message).toMatch(message);
  });
});
