// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchForTerms } from '../../../lib/content/term-gate';
import { WorkMeter } from '../../../lib/content/work-meter';
import { compileMatcher } from '../../../lib/match/compile';
import { compilePrefilter, prefilterTest } from '../../../lib/match/prefilter';

const mayHoldTerms = prefilterTest(
  compilePrefilter(
    compileMatcher([
      { id: 'control-total', phrases: ['control total'], acronyms: [] },
      { id: 'icb', phrases: ['integrated care board'], acronyms: ['ICB'] },
    ]),
  ),
);

/** Long enough for the first rendered frame and a mutation batch (one animation frame) in happy-dom. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 80));

/** A paragraph the page adds after load. */
function addParagraph(html: string): void {
  const p = document.createElement('p');
  p.innerHTML = html;
  document.body.append(p);
}

let stop: (() => void) | undefined;
let calls: number;
let first: boolean[];

function watch(): WorkMeter {
  const meter = new WorkMeter();
  calls = 0;
  first = [];
  stop = watchForTerms(
    document,
    mayHoldTerms,
    { mayHoldTerms: () => calls++, firstCheck: (maybe) => first.push(maybe) },
    meter,
  );
  return meter;
}

/** A page with no term, watched until its first test; then `html` is added and the page changes are noted. */
async function watchThenAdd(html: string): Promise<void> {
  document.body.innerHTML = '<p>Bin collections.</p>';
  watch();
  await settle();
  addParagraph(html);
  await settle();
}

describe('the gate that loads the lens only where a term may be', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });
  afterEach(() => stop?.());

  it('says maybe, once, for a page whose text holds a term', async () => {
    document.body.innerHTML = '<p>The ICB set a <b>control</b> total.</p><p>Another control total.</p>';
    watch();
    await settle();
    expect(first).toEqual([true]);
    expect(calls).toBe(1);
  });

  it('stays quiet on a page with no term, and counts the test as its work', async () => {
    document.body.innerHTML = '<p>Bin collections and parking permits.</p>';
    const meter = watch();
    await settle();
    expect(first).toEqual([false]);
    expect(calls).toBe(0);
    expect(meter.totals().pieces).toBeGreaterThan(0);
  });

  it('says maybe when content added later holds a term', async () => {
    await watchThenAdd('Minutes of the integrated care board.');
    expect(calls).toBe(1);
  });

  it('says maybe when added text completes a term with words already in its paragraph', async () => {
    document.body.innerHTML = '<p>The control <b id="b"></b></p>';
    watch();
    await settle();
    expect(calls).toBe(0);
    document.getElementById('b')!.append('total was met');
    await settle();
    expect(calls).toBe(1);
  });

  it('does not trust added text that hidden content splits, since the lens reads it without the hidden part', async () => {
    await watchThenAdd('The control<span hidden>led</span> total');
    expect(calls).toBe(1);
  });

  it('ignores added content with no term', async () => {
    await watchThenAdd('Garden waste is collected fortnightly.');
    expect(calls).toBe(0);
  });

  it('does nothing once stopped', async () => {
    document.body.innerHTML = '<p>Bin collections.</p>';
    watch();
    await settle();
    stop?.();
    addParagraph('The ICB met.');
    await settle();
    expect(calls).toBe(0);
  });
});
