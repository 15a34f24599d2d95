import { describe, expect, it } from 'vitest';
import { createTermSearch } from '../../../lib/search/search';
import { currentGlossary } from './current-glossary';

const glossary = currentGlossary();
const search = createTermSearch(glossary.terms);

/**
 * What a reader types, and the term that must come first. Every id here must
 * exist in data/terms; the first test fails if one is renamed or removed, so
 * the table never passes by testing nothing.
 */
const FIRST_RESULT: ReadonlyArray<readonly [query: string, termId: string, why: string]> = [
  ['control total', 'control-total', 'the exact headword'],
  ['Control Total', 'control-total', 'case does not matter'],
  ['contol totl', 'control-total', 'two letters missing'],
  ['intergrated care sytem', 'integrated-care-system', 'a letter added and one missing'],
  ['helth and welbeing bord', 'health-and-wellbeing-board', 'three slips across three words'],
  ['clinical comissioning grp', 'clinical-commissioning-group', 'a doubled letter dropped and a word cut short'],
  ['icb', 'integrated-care-board', 'an acronym in lower case'],
  ['ICBs', 'integrated-care-board', 'a plural acronym'],
  ['ccg', 'clinical-commissioning-group', 'an acronym'],
  ['jhosc', 'joint-health-overview-and-scrutiny-committee', 'a long acronym'],
  ['hosc', 'health-overview-and-scrutiny-committee', 'an acronym that is part of a longer one'],
  ['s75', 'section-75-agreement', 'a section number as board papers cite it'],
  ['s.75', 'section-75-agreement', 'a section number with a full stop'],
  ['sec 256', 'section-256-transfer', 'an abbreviated "section"'],
  ['health & wellbeing board', 'health-and-wellbeing-board', '"&" for "and"'],
  ['nhse&i', 'nhs-england-and-nhs-improvement', 'an acronym written with "&"'],
  ['nhse/i', 'nhs-england-and-nhs-improvement', 'an acronym written with "/"'],
  ['better care', 'better-care-fund', 'the start of a headword'],
  ['wellbeing board', 'health-and-wellbeing-board', 'words from the middle of a headword'],
  ['payment by result', 'payment-by-results', 'the singular of a plural headword'],
  ['pbr', 'payment-by-results', "the headword's initials"],
  ['oversight framework', 'nhs-oversight-framework', 'a headword without its first word'],
  ['icp', 'integrated-care-partnership', 'an abbreviation with two meanings gives the current one first'],
  ['betr care fund', 'better-care-fund', 'a misspelling of a headword that another headword contains'],
];

describe('search', () => {
  it('has every term id of its table in data/terms', () => {
    const missing = FIRST_RESULT.map(([, id]) => id).filter((id) => !glossary.termsById.has(id));
    expect(missing).toEqual([]);
  });

  it.each(FIRST_RESULT)('"%s" finds %s first (%s)', (query, termId) => {
    expect(search.search(query)[0]?.term.id).toBe(termId);
  });

  it('gives an exact headword the top score', () => {
    expect(search.search('control total')[0]?.score).toBe(1);
  });

  it('lists both senses of an ambiguous abbreviation', () => {
    const ids = search
      .search('ICP')
      .slice(0, 2)
      .map((h) => h.term.id);
    expect(ids.sort()).toEqual(['integrated-care-partnership', 'integrated-care-provider']);
  });

  it('finds nothing for an empty query or one of punctuation alone', () => {
    expect(search.search('')).toEqual([]);
    expect(search.search('  -  ')).toEqual([]);
  });

  it('finds nothing for words unrelated to NHS planning', () => {
    expect(search.search('xylophone')).toEqual([]);
  });

  it('lists each term at most once', () => {
    const ids = search.search('integrated care').map((h) => h.term.id);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('ranks hits best first', () => {
    const scores = search.search('care').map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});
