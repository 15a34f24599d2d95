import { describe, expect, it } from 'vitest';
import { found } from './fixture-rules';

/**
 * Each row is one tolerance the matcher promises: the text on the left must be
 * found whole, as the term on the right, and nothing else may be found.
 */
type Row = [tolerance: string, text: string, termId: string];

function expectSoleMatch(text: string, termId: string) {
  expect(found(text)).toEqual([[text, [termId]]]);
}

describe('phrases are found whatever the letter case', () => {
  it.each<Row>([
    ['lower case', 'integrated care board', 'integrated-care-board'],
    ['title case', 'Integrated Care Board', 'integrated-care-board'],
    ['capitals', 'INTEGRATED CARE BOARD', 'integrated-care-board'],
    ['mixed', 'iNtEgRaTeD cArE bOaRd', 'integrated-care-board'],
  ])('%s: %s', (_, text, id) => expectSoleMatch(text, id));
});

describe('phrases bend at any run of white space', () => {
  it.each<Row>([
    ['two spaces', 'integrated  care board', 'integrated-care-board'],
    ['no-break space', 'integrated\u00A0care\u00A0board', 'integrated-care-board'],
    ['narrow no-break space', 'integrated\u202Fcare board', 'integrated-care-board'],
    ['tab', 'integrated\tcare board', 'integrated-care-board'],
    ['line break', 'integrated\ncare\r\nboard', 'integrated-care-board'],
    ['indented line break', 'integrated\n        care board', 'integrated-care-board'],
  ])('%s', (_, text, id) => expectSoleMatch(text, id));
});

describe('hyphens, dashes and spaces are interchangeable between words', () => {
  it.each<Row>([
    ['hyphen', 'control-total', 'control-total'],
    ['non-breaking hyphen', 'control\u2011total', 'control-total'],
    ['en dash', 'control\u2013total', 'control-total'],
    ['em dash', 'control\u2014total', 'control-total'],
    ['spaced hyphen', 'control - total', 'control-total'],
    ['space where the glossary has a hyphen', 'place based partnership', 'place-based-partnership'],
    ['hyphen where the glossary has one', 'place-based partnership', 'place-based-partnership'],
    ['a hyphenated glossary word closed up', 'coproduction', 'co-production'],
    ['a hyphenated glossary word with a non-breaking hyphen', 'co\u2011production', 'co-production'],
  ])('%s', (_, text, id) => expectSoleMatch(text, id));
});

describe('the last word of a phrase may be plural', () => {
  it.each<Row>([
    ['-s', 'control totals', 'control-total'],
    ['-s on a longer phrase', 'Clinical Commissioning Groups', 'clinical-commissioning-group'],
    ['-es after a sibilant', 'gateway review processes', 'gateway-review-process'],
    ['-y to -ies', 'local authorities', 'local-authority'],
    ['-s after a British spelling', 'urgent treatment centres', 'urgent-treatment-centre'],
  ])('%s: %s', (_, text, id) => expectSoleMatch(text, id));
});

describe('the last word of a phrase may be possessive', () => {
  it.each<Row>([
    ["straight 's", "clinical commissioning group's", 'clinical-commissioning-group'],
    ["curly 's", 'clinical commissioning group\u2019s', 'clinical-commissioning-group'],
    ["plural 's", "local authorities's", 'local-authority'],
  ])('%s: %s', (_, text, id) => expectSoleMatch(text, id));

  it("leaves the apostrophe of a plural possessive (groups') outside the match", () => {
    expect(found("the clinical commissioning groups' budgets")).toEqual([
      ['clinical commissioning groups', ['clinical-commissioning-group']],
    ]);
  });
});

describe('British and US spellings are the same phrase', () => {
  it.each<Row>([
    ['-ization', 'accountable care organization', 'accountable-care-organisation'],
    ['-izations', 'accountable care organizations', 'accountable-care-organisation'],
    ["-ization's", "accountable care organization's", 'accountable-care-organisation'],
    ['program', 'cost improvement program', 'cost-improvement-programme'],
    ['programs', 'cost improvement programs', 'cost-improvement-programme'],
    ['center', 'urgent treatment center', 'urgent-treatment-centre'],
    ['centers', 'urgent treatment centers', 'urgent-treatment-centre'],
    ['-or for -our', 'neighborhood health', 'neighbourhood-health'],
    ['-or for -our, in capitals', 'NEIGHBORHOOD HEALTH', 'neighbourhood-health'],
  ])('%s: %s', (_, text, id) => expectSoleMatch(text, id));
});

describe('"&" reads as "and"', () => {
  it.each<Row>([
    ['spaced ampersand', 'Health & Wellbeing Board', 'health-and-wellbeing-board'],
    ['unspaced ampersand', 'Health&Wellbeing Board', 'health-and-wellbeing-board'],
    ['ampersand with a plural', 'Health & Wellbeing Boards', 'health-and-wellbeing-board'],
    ['ampersand and an open compound', 'Health & Well-being Board', 'health-and-wellbeing-board'],
    ['"and" with an open compound', 'Health and Well being Board', 'health-and-wellbeing-board'],
    ['ampersand in a phrase', 'accident & emergency', 'accident-and-emergency'],
  ])('%s: %s', (_, text, id) => expectSoleMatch(text, id));
});

describe('apostrophes inside a phrase may be straight or curly', () => {
  it.each<Row>([
    ['straight', "Children's Trust", 'childrens-trust'],
    ['curly', 'Children\u2019s Trust', 'childrens-trust'],
    ['curly, plural', 'children\u2019s trusts', 'childrens-trust'],
  ])('%s: %s', (_, text, id) => expectSoleMatch(text, id));
});

describe('invisible characters do not split a word', () => {
  it.each<Row>([
    ['soft hyphen', 'clinical commis\u00ADsioning group', 'clinical-commissioning-group'],
    ['zero-width joiner', 'clinical commis\u200Dsioning group', 'clinical-commissioning-group'],
  ])('%s', (_, text, id) => expectSoleMatch(text, id));
});

describe('acronyms are found as whole words with a plural or possessive', () => {
  it.each<Row>([
    ['bare', 'CCG', 'clinical-commissioning-group'],
    ['plural', 'CCGs', 'clinical-commissioning-group'],
    ['possessive', "CCG's", 'clinical-commissioning-group'],
    ['curly possessive', 'CCG\u2019s', 'clinical-commissioning-group'],
    ['plural of an acronym ending in S', 'ICSs', 'integrated-care-system'],
    ['with "&"', 'A&E', 'accident-and-emergency'],
    ['with "&", possessive', "A&E's", 'accident-and-emergency'],
    ['with "/"', 'NHSE/I', 'nhse-i'],
  ])('%s: %s', (_, text, id) => expectSoleMatch(text, id));

  it.each([
    ["ICBs' (plural possessive)", "the ICBs' plans", 'ICBs'],
    ["STPs' (plural possessive)", "STPs' footprints", 'STPs'],
    ['followed by a full stop', 'run by the CCG.', 'CCG'],
    ['in brackets', '(ICB)', 'ICB'],
    ['before a hyphenated word', 'ICB-led work', 'ICB'],
    ['after a slash', 'CCG/ICB', 'CCG'],
  ])('%s', (_, text, surface) => {
    expect(found(text)[0][0]).toBe(surface);
  });
});
