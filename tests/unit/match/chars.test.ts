import { describe, expect, it } from 'vitest';
import { charClass, classifyByRule } from '../../../lib/match/chars';

const units = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
const disagreements = (codes: number[]) =>
  codes
    .filter((c) => charClass(c) !== classifyByRule(c))
    .map((c) => `U+${c.toString(16).padStart(4, '0')}: table ${charClass(c)}, rule ${classifyByRule(c)}`);

describe('character classes', () => {
  it('fills Latin-1 by hand exactly as the rule classifies it', () => {
    expect(disagreements(units(0, 0x100))).toEqual([]);
  });

  it('classifies every other code unit by the rule, and keeps the answer', () => {
    const rest = units(0x100, 0x10000);
    expect(disagreements(rest)).toEqual([]);
    // Asked again, from the table this time.
    expect(disagreements(rest)).toEqual([]);
  });
});
