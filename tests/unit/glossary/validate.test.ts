import { describe, expect, it } from 'vitest';
import { validateGlossary } from '../../../lib/glossary/validate';

const source = {
  id: 'si-2013-218',
  title: 'The Local Authority (Public Health, Health and Wellbeing Boards and Health Scrutiny) Regulations 2013',
  publisher: 'legislation.gov.uk',
  date: '2013-02-13',
  url: 'https://www.legislation.gov.uk/uksi/2013/218/contents/made',
  archiveUrl: 'https://web.archive.org/web/2024/https://www.legislation.gov.uk/uksi/2013/218/contents/made',
  kind: 'primary',
};

function term(overrides: Record<string, unknown> = {}) {
  return {
    id: 'control-total',
    headword: 'control total',
    category: 'money',
    match: { phrases: ['control total'], acronyms: [] },
    summary: 'A yearly financial target set for each NHS organisation. It says how far income must exceed spending.',
    detail: 'Papers from 2016 to 2020 use it often.',
    era: { status: 'historical', from: '2016-04', until: '2020-03' },
    sources: [{ source: 'si-2013-218' }],
    questions: [
      { text: 'What target was set for this trust?', askWho: ['trust-board'] },
      { text: 'How was the target agreed?', askWho: ['icb'] },
    ],
    related: [],
    ...overrides,
  };
}

function validate(terms: unknown[], sources: unknown[] = [source]) {
  return validateGlossary({
    terms: [{ file: 'data/terms/money.json', data: terms }],
    sources: [{ file: 'data/sources/law.json', data: sources }],
  });
}

function errorsOf(terms: unknown[], sources?: unknown[]): string[] {
  const result = validate(terms, sources);
  return result.ok ? [] : result.errors;
}

describe('validateGlossary', () => {
  it('accepts a well-formed entry', () => {
    expect(errorsOf([term()])).toEqual([]);
  });

  it('names the file, the entry and the field of a schema error', () => {
    expect(errorsOf([term({ summary: '' })])).toContainEqual(
      expect.stringMatching(/^data\/terms\/money\.json › control-total › summary: /),
    );
  });

  it('names an entry without an id by its position', () => {
    const { id: _id, ...withoutId } = term();
    expect(errorsOf([withoutId])[0]).toMatch(/money\.json › #1 › id/);
  });

  it('rejects a file that is not a list', () => {
    expect(errorsOf({} as unknown as unknown[])).toEqual(['data/terms/money.json: must be a list of entries ([ … ])']);
  });

  it('rejects two terms with one id', () => {
    expect(errorsOf([term(), term({ match: { phrases: ['financial control total'] } })])).toContainEqual(
      expect.stringContaining('control-total › id: is used by another term'),
    );
  });

  it('rejects a related id that does not exist', () => {
    expect(errorsOf([term({ related: ['no-such-term'] })])).toContainEqual(
      expect.stringContaining('› related: "no-such-term" is not a term id'),
    );
  });

  it('rejects a replacedBy id that does not exist', () => {
    expect(errorsOf([term({ era: { status: 'historical', until: '2020', replacedBy: ['gone'] } })])).toContainEqual(
      expect.stringContaining('› era.replacedBy: "gone" is not a term id'),
    );
  });

  it('rejects a source reference that does not resolve', () => {
    expect(errorsOf([term({ sources: [{ source: 'missing' }] })])).toContainEqual(
      expect.stringContaining('› sources.0.source: "missing" is not in data/sources'),
    );
  });

  it('rejects a question basis that does not resolve', () => {
    const questions = [
      { text: 'Who decided?', askWho: ['icb'], basis: { source: 'missing', section: 'reg. 26' } },
      { text: 'When?', askWho: ['icb'] },
    ];
    expect(errorsOf([term({ questions })])).toContainEqual(expect.stringContaining('questions.0.basis.source'));
  });

  it('rejects a phrase claimed by two terms that are not senses of one abbreviation', () => {
    const other = term({ id: 'system-control-total', match: { phrases: ['control total'] } });
    expect(errorsOf([term(), other])).toContainEqual(
      expect.stringContaining('"control total" is also claimed by control-total'),
    );
  });

  it('accepts an abbreviation shared by terms declared as senses of it', () => {
    const plan = term({ id: 'stp-plan', match: { acronyms: ['STP'] }, sense: { group: 'STP', cues: ['plan'] } });
    const partnership = term({
      id: 'stp-partnership',
      match: { acronyms: ['STP'] },
      sense: { group: 'STP', cues: ['partnership'] },
    });
    expect(errorsOf([plan, partnership])).toEqual([]);
  });

  it('rejects an ordinary English word listed as a phrase on its own', () => {
    expect(errorsOf([term({ match: { phrases: ['footprint'] } })])).toContainEqual(
      expect.stringContaining('"footprint" is ordinary English on its own'),
    );
  });

  it('rejects a source address that is not https', () => {
    expect(errorsOf([term()], [{ ...source, url: 'http://www.legislation.gov.uk/uksi/2013/218' }])).toContainEqual(
      expect.stringContaining('si-2013-218 › url: must start with https://'),
    );
  });

  it('rejects a source without an archived copy on the Wayback Machine', () => {
    expect(errorsOf([term()], [{ ...source, archiveUrl: 'https://example.org/copy' }])).toContainEqual(
      expect.stringContaining('si-2013-218 › archiveUrl: must be a copy on https://web.archive.org/web/'),
    );
  });

  it('rejects a summary over 35 words', () => {
    const long = `${'word '.repeat(20).trim()}. ${'word '.repeat(20).trim()}.`;
    expect(errorsOf([term({ summary: long })])).toContainEqual(expect.stringContaining('summary: has 40 words'));
  });

  it('rejects a summary sentence over 25 words', () => {
    const long = `${'word '.repeat(26).trim()}.`;
    expect(errorsOf([term({ summary: long })])).toContainEqual(expect.stringContaining('a sentence has 26 words'));
  });

  it('rejects a detail over 120 words', () => {
    expect(errorsOf([term({ detail: 'word '.repeat(121) })])).toContainEqual(
      expect.stringContaining('detail: has 121 words'),
    );
  });

  it('rejects a question that does not end with a question mark', () => {
    const questions = [
      { text: 'Tell us who decided.', askWho: ['icb'] },
      { text: 'When?', askWho: ['icb'] },
    ];
    expect(errorsOf([term({ questions })])).toContainEqual(
      expect.stringContaining('questions.0.text: must end with "?"'),
    );
  });

  it('rejects a historical term with no end date', () => {
    expect(errorsOf([term({ era: { status: 'historical', from: '2016' } })])).toContainEqual(
      expect.stringContaining('era.until: a historical term needs the date it ended'),
    );
  });

  it('rejects markup in prose, which must stay plain text', () => {
    expect(errorsOf([term({ detail: 'See <b>this</b>.' })])).toContainEqual(
      expect.stringContaining('detail: must be plain text'),
    );
  });
});

describe('validateGlossary on sources', () => {
  it('rejects two source entries for one document', () => {
    const twin = { ...source, id: 'si-2013-218-copy' };
    expect(errorsOf([term()], [source, twin])).toContainEqual(
      expect.stringContaining('si-2013-218-copy › url: is the same document as source "si-2013-218"'),
    );
  });

  it('rejects the fields reserved for the user’s own terms', () => {
    expect(errorsOf([term({ local: true })])).toContainEqual(
      expect.stringContaining('control-total › local: is only for the user'),
    );
  });
});

describe('plain English in summaries', () => {
  it('rejects an abbreviation in a summary that is not itself a glossary term', () => {
    expect(errorsOf([term({ summary: 'A target agreed with the TDA each year.' })])).toContainEqual(
      expect.stringContaining('summary: "TDA" is not a glossary abbreviation'),
    );
  });

  it('accepts an abbreviation that another term explains', () => {
    const ccg = term({ id: 'ccg', match: { acronyms: ['CCG'] }, era: { status: 'historical', until: '2022-07-01' } });
    expect(errorsOf([term({ summary: 'A target agreed with each CCG.' }), ccg])).toEqual([]);
  });
});
