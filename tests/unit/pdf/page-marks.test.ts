import { describe, expect, it } from 'vitest';
import { type PageMatchConfig, pageMatches } from '../../../lib/pdf/page-marks';
import { matcher } from '../match/fixture-rules';

const config = (over: Partial<PageMatchConfig> = {}): PageMatchConfig => ({
  matcher,
  styleOf: () => 'term',
  density: 'every',
  ...over,
});

const found = (text: string, c: PageMatchConfig) =>
  pageMatches(text, c).map((m) => `${text.slice(m.start, m.end)}=${m.termIds[0]}`);

describe('pageMatches', () => {
  it('marks every occurrence when the density is "every"', () => {
    expect(found('The ICB met. The ICB agreed.', config())).toEqual([
      'ICB=integrated-care-board',
      'ICB=integrated-care-board',
    ]);
  });

  it('marks a term once per page for "first in each section", a page being a PDF’s section', () => {
    expect(found('The ICB met. The ICB agreed.', config({ density: 'first-in-section' }))).toEqual([
      'ICB=integrated-care-board',
    ]);
  });

  it('leaves unmarked an abbreviation the page defines as something else, before the definition or after it', () => {
    const text = 'CCG notes. The Children’s Care Group (CCG) met. The CCG and the ICB agreed.';
    expect(found(text, config())).toEqual(['ICB=integrated-care-board']);
  });

  it('leaves unmarked a section the page puts in another law, before it says so or after', () => {
    const text = 'Section 75 duties. Section 75 of the Northern Ireland Act 1998 applies. The ICB noted section 75.';
    expect(found(text, config())).toEqual(['ICB=integrated-care-board']);
  });

  it('lets a later occurrence take the page’s one mark when the dropped one held it', () => {
    const text = 'The ICS. An Integrated Children’s System (ICS). The integrated care system met.';
    expect(found(text, config({ density: 'first-in-section' }))).toEqual([
      'integrated care system=integrated-care-system',
    ]);
  });

  it('leaves unmarked the terms the settings switch off', () => {
    const styleOf = (ids: readonly string[]) => (ids[0] === 'integrated-care-board' ? undefined : ('term' as const));
    expect(found('The ICB and the HOSC.', config({ styleOf }))).toEqual(['HOSC=hosc']);
  });

  it('gives each mark the highlight its term’s settings call for', () => {
    const styleOf = (ids: readonly string[]) =>
      ids[0] === 'clinical-commissioning-group' ? ('historical' as const) : ('term' as const);
    expect(pageMatches('The CCG became an ICB.', config({ styleOf })).map((m) => m.kind)).toEqual([
      'historical',
      'term',
    ]);
  });

  it('puts the likeliest sense of a shared abbreviation first, from the words around it', () => {
    const rankSenses = (ids: readonly string[], context: string) =>
      /partnership/.test(context)
        ? ['integrated-care-partnership', ...ids.filter((i) => i !== 'integrated-care-partnership')]
        : [...ids];
    const marks = pageMatches('The ICP, our partnership of councils and the NHS.', config({ rankSenses }));
    expect(marks[0].termIds[0]).toBe('integrated-care-partnership');
  });

  it('tells the ranking which sense the page last named on its own before the abbreviation', () => {
    const told: Array<string | undefined> = [];
    const rankSenses = (ids: readonly string[], _context: string, spelledOut?: string) => {
      told.push(spelledOut);
      return [...ids];
    };
    pageMatches(
      'An ICP. The integrated care pilot (ICP) ran; the integrated care partnership (ICP) followed. The ICP met.',
      config({ rankSenses }),
    );
    expect(told).toEqual([
      undefined,
      'integrated-care-pilot',
      'integrated-care-partnership',
      'integrated-care-partnership',
    ]);
  });

  it('counts a term with its chosen sense for "first in each section"', () => {
    const rankSenses = (_ids: readonly string[], context: string) =>
      context.includes('pilot') ? ['integrated-care-pilot'] : ['integrated-care-partnership'];
    const text = `${'The ICP pilot ended. '.padEnd(700, ' ')}The ICP partnership began.`;
    expect(pageMatches(text, config({ density: 'first-in-section', rankSenses })).map((m) => m.termIds[0])).toEqual([
      'integrated-care-pilot',
      'integrated-care-partnership',
    ]);
  });

  it('marks a term that needs the NHS only on a PDF page that names it', () => {
    const needsNhs = config({ nhsPagesOnly: (ids) => ids.every((id) => id === 'control-total') });
    expect(found('Each school keeps a control total of its batches.', needsNhs)).toEqual([]);
    expect(found('The control total the ICB agreed.', needsNhs)).toEqual([
      'control total=control-total',
      'ICB=integrated-care-board',
    ]);
  });
});
