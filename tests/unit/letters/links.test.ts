import { describe, expect, it } from 'vitest';
import { isEmailAddress, normaliseEmail, parseEmailList } from '../../../lib/letters/email';
import { buildMailto, encodeMailtoComponent, MAILTO_SAFE_LENGTH, mailtoForLetter } from '../../../lib/letters/mailto';
import { defaultParagraphs, renderLetter } from '../../../lib/letters/render';
import { isUkPostcode, normalisePostcode, writeToThemUrl } from '../../../lib/letters/writetothem';
import { exampleValues, loadTemplates, QUESTIONS, SOURCES, TODAY } from './helpers';

describe('mailto', () => {
  it('encodes subject and body per RFC 6068 (%20 for spaces, %0D%0A for line breaks)', () => {
    const r = buildMailto({ to: ['chair@Council.GOV.uk'], subject: 'Plans & money', body: 'Line one\nLine two?' });
    expect(r).toEqual({
      kind: 'ok',
      url: 'mailto:chair@council.gov.uk?subject=Plans%20%26%20money&body=Line%20one%0D%0ALine%20two%3F',
    });
    expect(encodeMailtoComponent('a+b')).toBe('a%2Bb');
  });

  it('works without a recipient and with copies', () => {
    expect(buildMailto({ subject: 'S', body: 'B' })).toEqual({ kind: 'ok', url: 'mailto:?subject=S&body=B' });
    expect(buildMailto({ to: ['a@x.org'], cc: ['b@y.org', 'c@z.org'], subject: 'S', body: '' })).toEqual({
      kind: 'ok',
      url: 'mailto:a@x.org?cc=b@y.org,c@z.org&subject=S',
    });
  });

  it('refuses addresses that are not addresses', () => {
    expect(buildMailto({ to: ['chair at council'], subject: 'S', body: 'B' })).toEqual({
      kind: 'invalid-address',
      invalid: ['chair at council'],
    });
  });

  it('returns too-long with a subject-only link when the URL would pass the safe length', () => {
    const body = 'x'.repeat(MAILTO_SAFE_LENGTH);
    const r = buildMailto({ to: ['chair@council.gov.uk'], subject: 'Local NHS plans', body });
    expect(r.kind).toBe('too-long');
    if (r.kind !== 'too-long') return;
    expect(r.subjectOnlyUrl).toBe('mailto:chair@council.gov.uk?subject=Local%20NHS%20plans');
    expect(r.body).toBe(body);
    expect(r.length).toBeGreaterThan(MAILTO_SAFE_LENGTH);
  });

  it('measures the encoded length, not the text length', () => {
    // 400 pound signs are 400 characters but 2,400 once percent-encoded as UTF-8.
    expect(buildMailto({ subject: 'S', body: '£'.repeat(400) }).kind).toBe('too-long');
    expect(buildMailto({ subject: 'S', body: 'a'.repeat(400) }).kind).toBe('ok');
  });

  it('a full letter is too long for a mailto: link; a short one fits', () => {
    const t = loadTemplates().get('scrutiny-chair-obtain-plans')!;
    const doc = renderLetter(t, exampleValues(t), {
      questions: QUESTIONS,
      includeParagraphs: defaultParagraphs(t),
      sources: SOURCES,
      today: TODAY,
    }).document;
    const r = mailtoForLetter(doc, ['chair@council.gov.uk']);
    expect(r.kind).toBe('too-long');
    if (r.kind === 'too-long') {
      expect(r.subjectOnlyUrl).toBe(`mailto:chair@council.gov.uk?subject=${encodeMailtoComponent(doc.subject)}`);
      expect(r.body).toContain('Dear Councillor Priya Shah,');
    }
    expect(mailtoForLetter(doc, [], { maxLength: 100_000 }).kind).toBe('ok');
  });
});

describe('WriteToThem', () => {
  it('links with ?pc= only when a postcode was given and looks like one', () => {
    expect(writeToThemUrl()).toEqual({ url: 'https://www.writetothem.com/', postcode: null, postcodeRejected: false });
    expect(writeToThemUrl('  ')).toEqual({
      url: 'https://www.writetothem.com/',
      postcode: null,
      postcodeRejected: false,
    });
    expect(writeToThemUrl('sw1a1aa')).toEqual({
      url: 'https://www.writetothem.com/?pc=SW1A%201AA',
      postcode: 'SW1A 1AA',
      postcodeRejected: false,
    });
    expect(writeToThemUrl('not a postcode')).toEqual({
      url: 'https://www.writetothem.com/',
      postcode: null,
      postcodeRejected: true,
    });
  });

  it('accepts every UK postcode shape, loosely', () => {
    for (const pc of [
      'M1 1AE',
      'B33 8TH',
      'CR2 6XH',
      'DN55 1PT',
      'W1A 0AX',
      'EC1A 1BB',
      'n3 2sb',
      'GIR 0AA',
      'ME13  8AA',
    ])
      expect(isUkPostcode(pc), pc).toBe(true);
    for (const pc of ['', '12345', 'SW1A', 'SW1A 1A', 'ABC1 1AA', '1AA 1AA', 'SW1A 1AA x', '<script>'])
      expect(isUkPostcode(pc), pc).toBe(false);
    expect(normalisePostcode('me138aa')).toBe('ME13 8AA');
  });
});

describe('e-mail addresses', () => {
  it('accepts ordinary council and NHS addresses', () => {
    for (const a of [
      'democratic.services@barnet.gov.uk',
      'england.foi@nhs.net',
      'a+b@example.org',
      "o'brien@council.gov.uk",
      'x@xn--bcher-kva.example',
    ])
      expect(isEmailAddress(a), a).toBe(true);
  });

  it('rejects typing mistakes', () => {
    for (const a of [
      '',
      'plainaddress',
      '@nhs.net',
      'a@',
      'a@nhs',
      'a b@nhs.net',
      'a@@nhs.net',
      'a@nhs..net',
      'a.@nhs.net',
      'a@-nhs.net',
      'a@nhs.net.',
      'a@nhs.1',
    ])
      expect(isEmailAddress(a), a).toBe(false);
  });

  it('normalises the domain only, and splits lists', () => {
    expect(normaliseEmail('  Jo.Smith@NHS.NET ')).toBe('Jo.Smith@nhs.net');
    expect(parseEmailList('a@x.org; b@y.org, nope')).toEqual({ valid: ['a@x.org', 'b@y.org'], invalid: ['nope'] });
  });
});
