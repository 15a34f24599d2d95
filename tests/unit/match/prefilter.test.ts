// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APOSTROPHE, charClass, IGNORABLE, SEPARATOR } from '../../../lib/match/chars';
import { compileMatcher } from '../../../lib/match/compile';
import { ANCHOR_PATTERN_FROM, compilePrefilter, prefilterTest, squeeze } from '../../../lib/match/prefilter';
import { rulesFromTerms } from '../../../lib/match/rules';
import { findMatches } from '../../../lib/match/scan';
import { prefilterText } from '../../../lib/page/prefilter-text';
import { bundledGlossaryForTests } from '../../harness/glossary';

/**
 * The prefilter may let through a page with no term (the full read then
 * finds none), but must never rule out a page where the matcher finds one.
 */
const terms = bundledGlossaryForTests().terms;
const matcher = compileMatcher(rulesFromTerms(terms));
const source = compilePrefilter(matcher);
const mayHoldTerms = prefilterTest(source);

/** Every form the glossary declares, as the rules give it. */
const forms = terms.flatMap((t) => [
  ...t.match.phrases.map((p) => ({ text: p, phrase: true })),
  ...t.match.acronyms.map((a) => ({ text: a, phrase: false })),
]);

const US = (s: string) =>
  s
    .replace(/is(e|es|ed|ing|ation)\b/g, 'iz$1')
    .replace(/our/g, 'or')
    .replace(/centre/g, 'center')
    .replace(/programme/g, 'program');
const separator = fc.constantFrom(' ', '\u00A0', '\n  ', '-', '\u2013', ' \u2014 ', '\u200B', ' &nbsp;');

/** A form as a page might print it: any case, spacing and spelling for a phrase; an abbreviation as it is. */
const printed = fc
  .record({
    pick: fc.nat(),
    seps: fc.array(separator, { minLength: 12, maxLength: 12 }),
    caseBits: fc.array(fc.boolean(), { minLength: 80, maxLength: 80 }),
    us: fc.boolean(),
    amp: fc.boolean(),
    suffix: fc.constantFrom('', 's', "'s", '\u2019s', 'es', "s'"),
  })
  .map(({ pick, seps, caseBits, us, amp, suffix }) => {
    const form = forms[pick % forms.length];
    if (!form.phrase) return form.text + suffix;
    const spaced = form.text
      .split(' ')
      .map((w, i) => (i === 0 ? w : seps[i % seps.length] + (amp && w === 'and' ? '&' : w)))
      .join('');
    const cased = [...(us ? US(spaced) : spaced)]
      .map((c, i) => (caseBits[i % 80] ? c.toUpperCase() : c.toLowerCase()))
      .join('');
    return cased + suffix;
  });

const filler = fc.oneof(
  fc.constantFrom('the', 'council', 'health', 'care', 'board', 'meeting', 'and', '&', 'plan', 'fund', '.', ',', '\n'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);

describe('the prefilter compiled from the bundled glossary', () => {
  it('lets through every form the glossary declares', () => {
    const missed = forms.map((f) => f.text).filter((text) => !mayHoldTerms(`Some text, ${text}, more text.`));
    expect(missed).toEqual([]);
  });

  it('never rules out a text in which the matcher finds a term', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(filler, printed), { maxLength: 12 }), fc.constantFrom(' ', ''), (pieces, joint) => {
        const text = pieces.join(joint);
        if (findMatches(matcher, text).length) expect(mayHoldTerms(text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a phrase through case, dashes, soft hyphens, "&" and US spelling', () => {
    for (const text of [
      'the BETTER–CARE–FUND',
      'the Better Care Fu\u00ADnd',
      'Health & Wellbeing Board',
      'the neighborhood health centers',
      'an accountable care organization',
    ]) {
      expect(findMatches(matcher, text).length, text).toBeGreaterThan(0);
      expect(mayHoldTerms(text), text).toBe(true);
    }
  });

  it('rules out ordinary council words on their own, and plain text with no term', () => {
    const text = 'Health and Wellbeing. Parental Support. Council tax, planning and care homes. Service change.';
    expect(findMatches(matcher, text)).toEqual([]);
    expect(mayHoldTerms(text)).toBe(false);
  });

  it('looks for abbreviations with their case: "ACORN" and "acorn" hold no ACO', () => {
    expect(mayHoldTerms('The ACORN project')).toBe(source.acronyms.some((a) => 'The ACORN project'.includes(a)));
    expect(mayHoldTerms('the ICB met')).toBe(true);
  });

  it('squeezes text to lower-case letters and digits, "&" as "and", z as s', () => {
    expect(squeeze('Health & Well-being Board’s 2025 Organization')).toBe('healthandwellbeingboards2025organisation');
  });

  it('finds a phrase at the very start and the very end of a text, and says no to text shorter than any phrase', () => {
    expect(mayHoldTerms('Better Care Fund')).toBe(true);
    expect(mayHoldTerms('Minutes. Better Care Fund')).toBe(true);
    expect(mayHoldTerms('ab')).toBe(false);
    expect(mayHoldTerms('')).toBe(false);
  });

  it('finds an anchor of any length anywhere in the squeezed text', () => {
    const test = prefilterTest({ words: ['abc', 'xy', 'longeranchor'], acronyms: [] });
    expect(['q abc', 'ABC q', 'x-y', 'a longer anchor.'].map(test)).toEqual([true, true, true, true]);
    expect(['ab', 'a b d', 'longer anchr', ''].map(test)).toEqual([false, false, false, false]);
  });

  it('says the same of a long text, searched with one pattern, as of a short one, searched anchor by anchor', () => {
    const filler = 'Council tax, bins and parking. '.repeat(Math.ceil((ANCHOR_PATTERN_FROM * 1.5) / 25));
    expect(squeeze(filler).length).toBeGreaterThan(ANCHOR_PATTERN_FROM);
    expect(mayHoldTerms(filler)).toBe(false);
    expect(mayHoldTerms(`${filler} the Better Care Fund`)).toBe(true);
    expect(mayHoldTerms('Council tax, bins and parking. the Better Care Fund')).toBe(true);
    expect(mayHoldTerms('Council tax, bins and parking.')).toBe(false);
  });

  it('drops every character the matcher reads through, so none can stand inside an anchor', () => {
    const kept: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const cls = charClass(c);
      if ((cls === SEPARATOR || cls === APOSTROPHE || cls === IGNORABLE) && squeeze(String.fromCharCode(c)) !== '') {
        kept.push(c.toString(16));
      }
    }
    expect(kept).toEqual([]);
  });

  it('finds a phrase next to letters from other scripts, which squeezing drops', () => {
    expect(findMatches(matcher, 'Café: the Better Care Fund, ٢٠٢٥').length).toBe(1);
    expect(mayHoldTerms('Café: the Better Care Fund, ٢٠٢٥')).toBe(true);
  });
});

describe('the prefilter on corpus pages', () => {
  const CORPUS = '/work/shared/corpus';
  /** A saved page in a detached body: it loads no stylesheets and runs no scripts. */
  const bodyOf = (file: string) => {
    const template = document.createElement('template');
    template.innerHTML = readFileSync(join(CORPUS, file), 'utf8');
    const body = document.createElement('body');
    body.append(template.content);
    return body;
  };
  const pages = readdirSync(CORPUS).filter((f) => f.endsWith('.html'));

  it.each([
    'stratford_council_home_page_c2010.html',
    'cmis_search_harborough_council_page1.html',
    'moderngov_search_kirklees_drug_and_alcohol.html',
  ])('rules out %s, which holds no term', (file) => {
    const body = bodyOf(file);
    expect(findMatches(matcher, body.textContent ?? '')).toEqual([]);
    const text = prefilterText(body);
    expect(text).toBeDefined();
    expect(mayHoldTerms(text as string)).toBe(false);
  });

  it.each(pages)('lets %s through if the matcher finds a term in it', (file) => {
    const body = bodyOf(file);
    const text = prefilterText(body);
    if (findMatches(matcher, body.textContent ?? '').length)
      expect(text === undefined || mayHoldTerms(text)).toBe(true);
  });

  it.each(readdirSync(CORPUS).filter((f) => f.endsWith('.md')))('lets the text of %s through', (file) => {
    expect(mayHoldTerms(readFileSync(join(CORPUS, file), 'utf8'))).toBe(true);
  });
});
