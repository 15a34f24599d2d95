import { describe, expect, it } from 'vitest';
import { contextAround, rankSenses, type SenseCandidate } from '../../../lib/match/senses';

const partnership: SenseCandidate = {
  id: 'integrated-care-partnership',
  cues: ['statutory committee', 'partnership', 'Health and Care Act', 'integrated care strategy'],
  from: '2022-07',
};
const pilot: SenseCandidate = {
  id: 'integrated-care-pilot',
  cues: ['pilot', 'Department of Health', 'evaluation'],
  from: '2009',
  until: '2011',
};
const icp = [pilot, partnership];

describe('rankSenses puts the sense the surrounding words point to first', () => {
  it('reads partnership cues', () => {
    const context = 'The ICP, a statutory committee set up under the Health and Care Act 2022, agreed the strategy.';
    expect(rankSenses(icp, context)).toEqual(['integrated-care-partnership', 'integrated-care-pilot']);
  });

  it('reads pilot cues', () => {
    const context = 'The Department of Health chose 16 ICP sites; the evaluation of each pilot reports in 2011.';
    expect(rankSenses(icp, context)).toEqual(['integrated-care-pilot', 'integrated-care-partnership']);
  });

  it('matches cues with the same tolerances as glossary phrases', () => {
    expect(rankSenses(icp, 'ICP PILOTS were run across England')[0]).toBe('integrated-care-pilot');
  });

  it('counts distinct cues, so one word repeated does not outvote two different ones', () => {
    const context = 'pilot pilot pilot pilot ICP statutory committee under the Health & Care Act';
    expect(rankSenses(icp, context)[0]).toBe('integrated-care-partnership');
  });

  it('counts a cue that two senses share for both', () => {
    const a: SenseCandidate = { id: 'a', cues: ['plan', 'footprint'] };
    const b: SenseCandidate = { id: 'b', cues: ['plan'] };
    expect(rankSenses([b, a], 'the STP plan for the footprint')).toEqual(['a', 'b']);
  });
});

describe('rankSenses uses the page year when the words do not decide', () => {
  it('prefers the sense whose era contains the year', () => {
    expect(rankSenses(icp, 'The ICP met.', 2010)[0]).toBe('integrated-care-pilot');
    expect(rankSenses(icp, 'The ICP met.', 2024)[0]).toBe('integrated-care-partnership');
  });

  it('lets cues outweigh the year', () => {
    expect(rankSenses(icp, 'The ICP partnership met.', 2010)[0]).toBe('integrated-care-partnership');
  });

  it('prefers the current sense when there is neither cue nor year', () => {
    expect(rankSenses(icp, 'The ICP met.')).toEqual(['integrated-care-partnership', 'integrated-care-pilot']);
  });

  it('keeps the input order for candidates that nothing tells apart', () => {
    const a: SenseCandidate = { id: 'a', cues: ['alpha'] };
    const b: SenseCandidate = { id: 'b', cues: ['beta'] };
    expect(rankSenses([a, b], 'nothing here')).toEqual(['a', 'b']);
    expect(rankSenses([b, a], 'nothing here')).toEqual(['b', 'a']);
  });
});

describe('contextAround', () => {
  it('takes a window either side of a match, clipped to the text', () => {
    expect(contextAround('abcdefghij', 4, 6, 2)).toBe('cdefgh');
    expect(contextAround('abcdefghij', 1, 2, 5)).toBe('abcdefg');
  });
});

describe('rankSenses puts first the sense the page spelled out, for an abbreviation', () => {
  const plan: SenseCandidate = { id: 'stp-plan', cues: ['plan'], from: '2016', until: '2017', abbreviations: ['STP'] };
  const partnership: SenseCandidate = {
    id: 'stp-partnership',
    cues: ['partnership', 'board', 'chair'],
    from: '2017',
    until: '2022',
    abbreviations: ['STP'],
  };

  it('over the words around the mark and the page year', () => {
    const context = 'The STP board and its chair met in 2018.';
    expect(rankSenses([plan, partnership], context, 2018, 'stp-plan')).toEqual(['stp-plan', 'stp-partnership']);
  });

  it('not for words the senses share that are not an abbreviation', () => {
    const agreement: SenseCandidate = { id: 's75-agreement', cues: ['pooled budget'] };
    const competition: SenseCandidate = { id: 's75-competition', cues: ['competition'], abbreviations: ['PPCCR'] };
    const context = 'whether the tender was caught by section 75 and its competition rules';
    expect(rankSenses([agreement, competition], context, undefined, 's75-agreement')[0]).toBe('s75-competition');
  });

  it('not when the spelled-out sense is not among the candidates', () => {
    expect(rankSenses([plan, partnership], 'The STP board met.', 2018, 'integrated-care-board')[0]).toBe(
      'stp-partnership',
    );
  });
});
