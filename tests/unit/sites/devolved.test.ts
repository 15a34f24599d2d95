import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAutoOpenCandidate } from '../../../lib/pdf/url';
import { isEnglishDefaultSite, nationOf } from '../../../lib/sites/devolved';
import { PROJECT_ROOT } from '../../harness/server';

describe('nationOf names the nation of a council, NHS or government site outside England', () => {
  it.each([
    ['www.stirling.gov.uk', 'Scotland'],
    ['docs.east-ayrshire.gov.uk', 'Scotland'],
    ['scottishborders.moderngov.co.uk', 'Scotland'],
    ['www.nhslothian.scot.nhs.uk', 'Scotland'],
    ['www.scotland.gov.uk', 'Scotland'],
    ['democracy.npt.gov.uk', 'Wales'],
    ['www.newport.gov.uk', 'Wales'],
    ['111.wales.nhs.uk', 'Wales'],
    ['wales.nhs.uk', 'Wales'],
    ['www.belfastcity.gov.uk', 'Northern Ireland'],
    ['www.health-ni.gov.uk', 'Northern Ireland'],
    ['www.nidirect.gov.uk', 'Northern Ireland'],
    ['WWW.STIRLING.GOV.UK.', 'Scotland'],
  ])('%s is in %s', (host, nation) => {
    expect(nationOf(host)).toBe(nation);
  });

  it.each([
    'democracy.leeds.gov.uk',
    'www.england.nhs.uk',
    'kent.moderngov.co.uk',
    'www.gov.uk',
    'gov.uk',
    'notstirling.gov.uk',
    'stirling.example.gov.uk.evil.org',
    'www.iow.gov.uk',
  ])('%s is not', (host) => {
    expect(nationOf(host)).toBeUndefined();
  });
});

describe('nationOf on the real pages outside the corpus (their first line is the address)', () => {
  const DIR = join(PROJECT_ROOT, 'tests/fixtures/outside-corpus');
  const byPage = Object.fromEntries(
    readdirSync(DIR)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => {
        const url = readFileSync(join(DIR, f), 'utf8')
          .split('\n')[0]
          .replace(/^URL: /, '');
        return [f.slice(0, 2), nationOf(new URL(url).hostname)];
      }),
  );

  it('knows every Scottish, Welsh and Northern Irish page by its host, and no English one', () => {
    const devolved = Object.fromEntries(Object.entries(byPage).filter(([, nation]) => nation));
    expect(devolved).toEqual({
      '45': 'Wales',
      '67': 'Scotland',
      '68': 'Scotland',
      '69': 'Northern Ireland',
      '70': 'Northern Ireland',
      '71': 'Wales',
      '72': 'Wales',
      '73': 'Scotland',
      '74': 'Scotland',
      '75': 'Wales',
      '76': 'Scotland',
      '77': 'Wales',
      '78': 'Wales',
    });
  });
});

describe('PDFs open in the viewer unasked only on default sites in England', () => {
  it.each([
    ['https://democracy.leeds.gov.uk/documents/s1/pack.pdf', true],
    ['https://www.england.nhs.uk/wp-content/uploads/plan.pdf', true],
    ['https://www.stirling.gov.uk/media/section-75.pdf', false],
    ['https://111.wales.nhs.uk/leaflet.pdf', false],
    ['https://www.example.org/pack.pdf', false],
  ])('%s: %s', (url, opens) => {
    expect(isAutoOpenCandidate(url, isEnglishDefaultSite)).toBe(opens);
  });
});
