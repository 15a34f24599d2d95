import { describe, expect, it } from 'vitest';
import { found } from './fixture-rules';

/** Each row is text that must stay unmarked, and why. */
describe('nothing is found where a reader would not see the term', () => {
  it.each([
    ['"carbon footprint" when only "STP footprint" is declared', 'We aim to reduce our carbon footprint.'],
    ['"place" on its own', 'Leeds is a place to live and work.'],
    ['"must do" when only "Must Dos" is declared', 'The council must do more to help.'],
    ['"Must Do" singular', 'This is a Must Do.'],
    ['an acronym inside a longer word (ACO in ACORN)', 'ACORN classification'],
    ['an acronym at the start of a longer word (CCG in CCGT)', 'a CCGT power station'],
    ['an acronym at the end of a longer word (ICB in WYICB)', 'reported to WYICB'],
    ['an acronym in lower case', 'ccg icb ics'],
    ['an acronym in title case', 'Ccg and Icb'],
    ['an acronym with a capital S', 'CCGS'],
    ['an acronym glued to digits', 'ICB2 and 2ICB'],
    ['an acronym naming a version by a hyphen and a number (as in SHA-256)', 'ICB-256 and CCG\u20111'],
    ['an acronym followed by a word after an apostrophe', "ICB'x"],
    ['a phrase broken by a comma', 'control, total'],
    ['a phrase broken by a full stop', 'system control. Total'],
    ['a phrase broken by brackets', 'control (total)'],
    ['a phrase whose last word runs on', 'control totally'],
    ['a phrase whose first word is the end of a longer word', 'disintegrated care board'],
    ['a plural on a word that is not the last', 'controls total'],
    ['a possessive on a word that is not the last', "control's total"],
    ['prototype property names', 'constructor __proto__ toString hasOwnProperty'],
  ])('%s', (_, text) => {
    expect(found(text)).toEqual([]);
  });

  it('finds NHS England, not NHSE/I, in "NHSE/NHSI" (a slash is not part of an acronym unless declared)', () => {
    expect(found('NHSE/NHSI')).toEqual([['NHSE', ['nhs-england']]]);
  });

  it('finds an acronym before a hyphen and a word, or a spaced dash and a number', () => {
    expect(found('ICB-led and CCG – 2')).toEqual([
      ['ICB', ['integrated-care-board']],
      ['CCG', ['clinical-commissioning-group']],
    ]);
  });

  it('does not find ICB in "WYICB" but does in "WY ICB"', () => {
    expect(found('WYICB')).toEqual([]);
    expect(found('WY ICB')).toEqual([['ICB', ['integrated-care-board']]]);
  });
});
