import { describe, expect, it } from 'vitest';
import { spelledOutSense } from '../../../lib/match/spelled-out';

const STP = ['stp-partnership', 'stp-plan'];
const mark = (...termIds: string[]) => ({ termIds });

describe('spelledOutSense finds the sense a page gave an abbreviation where it wrote it out', () => {
  it('takes the nearest mark before it that names one of its senses', () => {
    const marks = [mark('stp-partnership'), mark('ccg'), mark('stp-plan'), mark(...STP)];
    expect(spelledOutSense(marks, 3)).toBe('stp-plan');
  });

  it('looks after it when nothing before names a sense (an abbreviation in a heading)', () => {
    const marks = [mark(...STP), mark('ccg'), mark('stp-partnership')];
    expect(spelledOutSense(marks, 0)).toBe('stp-partnership');
  });

  it('passes over other abbreviations of the same senses, which name none of them', () => {
    const marks = [mark('stp-plan'), mark(...STP), mark(...STP)];
    expect(spelledOutSense(marks, 2)).toBe('stp-plan');
  });

  it('passes over marks of other terms', () => {
    const marks = [mark('integrated-care-board'), mark(...STP), mark('nhs-england')];
    expect(spelledOutSense(marks, 1)).toBeUndefined();
  });

  it('takes the senses to look for from the caller when given', () => {
    const marks = [mark('stp-plan'), mark('icp-pilot'), mark('x')];
    expect(spelledOutSense(marks, 2, ['icp-pilot', 'icp-partnership'])).toBe('icp-pilot');
  });
});
