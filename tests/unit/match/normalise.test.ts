import { describe, expect, it } from 'vitest';
import { foldWord } from '../../../lib/match/normalise';
import { normaliseText } from '../../../lib/match/tokens';

describe('foldWord folds spellings a reader treats as one word', () => {
  it.each([
    ['Organization', 'organisation'],
    ['organizations', 'organisations'],
    ['organizational', 'organisational'],
    ['prioritize', 'prioritise'],
    ['prioritized', 'prioritised'],
    ['analyze', 'analyse'],
    ['program', 'programme'],
    ['Programs', 'programmes'],
    ['centers', 'centres'],
    ['centered', 'centred'],
    ['neighborhood', 'neighbourhood'],
    ['behavioral', 'behavioural'],
    ['CCG\u2019s', "ccg's"],
    ["organization's", "organisation's"],
    ['commis\u00ADsioning', 'commissioning'],
  ])('%s → %s', (word, folded) => {
    expect(foldWord(word)).toBe(folded);
  });

  it.each(['organisation', 'programme', 'centre', 'neighbourhood', 'board', 'is', 'analysis'])(
    'leaves the British form %s alone',
    (word) => {
      expect(foldWord(word)).toBe(word);
    },
  );
});

describe('normaliseText shows the text as the matcher reads it', () => {
  it.each([
    ['Health & Well-being Board', 'health and well being board'],
    ['control\u00A0\u2013\u00A0total', 'control total'],
    ['the CCG\u2019s plan.', "the ccg's plan ."],
    ["the CCGs' plan", "the ccgs ' plan"],
    ['NHSE/I', 'nhse / i'],
    ['A&E', 'a and e'],
    ['  \n\t ', ''],
  ])('%j → %j', (text, normal) => {
    expect(normaliseText(text)).toBe(normal);
  });
});
