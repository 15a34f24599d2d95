import { afterEach, describe, expect, it } from 'vitest';
import { gatePrefilter, leaveHandoff, ownHandoff, shareGatePrefilter, takeHandoff } from '../../../lib/content/handoff';

// The gate and the lens run in one isolated world; what the gate leaves there is what the lens starts from.

const PREFILTER_KEY = Symbol.for('scrutiny-lens/prefilter');
const mentionsIcb = (text: string) => text.includes('ICB');

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[PREFILTER_KEY];
  takeHandoff();
});

describe('the gate’s prefilter, shared with the lens', () => {
  it('is the test the gate shared', () => {
    shareGatePrefilter(mentionsIcb);
    expect(gatePrefilter()('The ICB met.')).toBe(true);
    expect(gatePrefilter()('The council met.')).toBe(false);
  });

  it('stays for a second lens after the first has taken the handoff', () => {
    shareGatePrefilter(mentionsIcb);
    leaveHandoff(ownHandoff());
    takeHandoff();
    expect(takeHandoff()).toBeUndefined();
    expect(gatePrefilter()).toBe(mentionsIcb);
  });

  it('without a gate, lets every text through, so that the lens reads it all rather than none', () => {
    expect(gatePrefilter()('The council met.')).toBe(true);
  });
});
