import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../lib/match/compile';
import { abbreviationDefinitions, abbreviationKey } from '../../../lib/match/definitions';
import { findMatches } from '../../../lib/match/scan';
import { matcher } from './fixture-rules';

const definitions = (text: string) => abbreviationDefinitions(text, findMatches(matcher, text));

describe('abbreviationDefinitions finds "words (ABBR)" where the words spell the abbreviation', () => {
  it.each([
    ['The Short Term Placement (STP) budget rose.', 'STP'],
    ["The council's Integrated Children's System (ICS) holds case notes.", 'ICS'],
    ['A package sewage treatment plant (STPs) is proposed.', 'STP'],
    ['The Children’s Care Group (CCG) meets weekly.', 'CCG'],
    ['Hyphens split words: the Short-Term Placement (STP).', 'STP'],
    ["The ICS (Integrated Children's System) holds case notes.", 'ICS'],
    ['Each STP(short term placement) lasts six weeks.', 'STP'],
  ])('as something else: %s', (text, key) => {
    expect(definitions(text)).toEqual([{ key, ours: false }]);
  });

  it.each([
    ['The Integrated Care Board (ICB) met.', 'ICB'],
    ['Referral to Treatment (RTT) times, where "to" gives a letter.', 'RTT'],
    ['The Health & Wellbeing Board (HWB) agreed.', 'HWB'],
    ['At Accident and Emergency (A&E), where "and" gives none.', 'A&E'],
    ['The Sustainability and Transformation Plan (STP) was agreed.', 'STP'],
    ['The Integrated Care Systems (ICSs) began.', 'ICS'],
    ['The ICB (Integrated Care Board) met.', 'ICB'],
    ['The HWB (Health & Wellbeing Board) agreed.', 'HWB'],
  ])('as the glossary’s own term: %s', (text, key) => {
    expect(definitions(text)).toEqual([{ key, ours: true }]);
  });

  it.each([
    ['The ICB (see above) met.'],
    ['(ICB) with no words before it.'],
    ['Words that do not spell it (ICB).'],
    ['A full stop is not inside an expansion: Integrated. Care Board (ICB).'],
    ['A space inside the brackets: Integrated Care Board ( ICB ).'],
    ['The ICB (see above) and the STP (short term placements and more) met.'],
    ['The CCG (2013 to 2022) met.'],
  ])('and nothing else: %s', (text) => {
    expect(definitions(text)).toEqual([]);
  });
});

describe('abbreviationDefinitions takes words that hold only other glossary terms as neither definition', () => {
  const strategy = compileMatcher([
    { id: 'hwb', phrases: ['health and wellbeing board'], acronyms: ['HWB'] },
    { id: 'jhws', phrases: ['joint health and wellbeing strategy'], acronyms: ['JLHWS'] },
  ]);

  it('"Joint Local HWB Strategy (JLHWS)", whose words spell it around another term’s abbreviation', () => {
    const text = 'The Joint Local HWB Strategy (JLHWS) was agreed.';
    expect(abbreviationDefinitions(text, findMatches(strategy, text))).toEqual([]);
  });
});

describe('abbreviationDefinitions takes words that are all one other glossary term as something else', () => {
  const councils = compileMatcher([
    { id: 'chc', phrases: ['continuing healthcare'], acronyms: ['CHC'] },
    { id: 'community-health-councils', phrases: ['community health council'], acronyms: [] },
  ]);

  it.each([
    ['Hywel Dda Community Health Council (CHC) met.'],
    ['Community Health Councils (CHCs) listen to patients.'],
    ['The CHC (Community Health Council) met.'],
  ])('%s', (text) => {
    expect(abbreviationDefinitions(text, findMatches(councils, text))).toEqual([{ key: 'CHC', ours: false }]);
  });
});

describe('abbreviationDefinitions reads a hyphenated compound as one word or as one for each part', () => {
  const compounds = compileMatcher([
    { id: 'hwb', phrases: ['health and wellbeing board', 'health and well-being board'], acronyms: ['HWB'] },
    { id: 'pct', phrases: ['primary care trust'], acronyms: ['PCT'] },
  ]);
  const defined = (text: string) => abbreviationDefinitions(text, findMatches(compounds, text));

  it.each([
    ['The UK is party to the Patent Co-operation Treaty (PCT).', 'PCT', false],
    ['Under the PCT (Patent Co-operation Treaty) you file once.', 'PCT', false],
    ['The Health and Well-being Board (HWB) agreed.', 'HWB', true],
  ] as const)('%s', (text, key, ours) => {
    expect(defined(text)).toEqual([{ key, ours }]);
  });
});

describe('abbreviationDefinitions lets one word give several letters, its initial first and the rest in order', () => {
  it.each([
    ['Raised intracranial pressure (ICP) can be life-threatening.', 'ICP'],
    ['Use an inhaled corticosteroid (ICS) every day.', 'ICS'],
    ['The ICP (intracranial pressure) monitor records for days.', 'ICP'],
  ])('as something else: %s', (text, key) => {
    expect(definitions(text)).toEqual([{ key, ours: false }]);
  });

  it.each([
    ['Its letters lie inside words but none starts one: a Spice Capital Plan (ICP).'],
    ['A word cannot give its letters out of order: Ipecac (ICP).'],
  ])('and nothing where %s', (text) => {
    expect(definitions(text)).toEqual([]);
  });
});

describe('abbreviationDefinitions takes words inside a longer term as neither definition', () => {
  const assessment = compileMatcher([
    { id: 'icb', phrases: ['integrated care board'], acronyms: ['ICB'] },
    { id: 'icb-annual-assessment', phrases: ['annual assessment of integrated care boards'], acronyms: [] },
  ]);

  it('"Annual assessment of integrated care boards (ICBs)", where the longer term hides the board', () => {
    const text = 'NHS England » Annual assessment of integrated care boards (ICBs)';
    expect(abbreviationDefinitions(text, findMatches(assessment, text))).toEqual([]);
  });
});

describe('abbreviationKey', () => {
  it.each([
    ['STPs', 'STP'],
    ['ICB’s', 'ICB'],
    ["CCG's", 'CCG'],
    ["CCGs'", 'CCG'],
    ['A&E', 'A&E'],
    ['DoH', 'DoH'],
    ['iBCF', 'iBCF'],
  ])('reads %s as %s', (text, key) => {
    expect(abbreviationKey(text)).toBe(key);
  });

  it.each([['Integrated Care Board'], ['Healthwatch'], ['board']])('reads %s as no abbreviation', (text) => {
    expect(abbreviationKey(text)).toBeUndefined();
  });
});
