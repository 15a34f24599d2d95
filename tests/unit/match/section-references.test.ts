import { describe, expect, it } from 'vitest';
import { PageDefinitions } from '../../../lib/match/definitions';
import { findMatches } from '../../../lib/match/scan';
import { sectionDefinitions, sectionKey } from '../../../lib/match/section-references';
import { matcher } from './fixture-rules';

const definitions = (text: string) => sectionDefinitions(text, findMatches(matcher, text));

describe('sectionDefinitions: a section the page puts in another law', () => {
  it.each([
    ['Agreed under Section 75 of the Town and Country Planning (Scotland) Act 1997, as amended.'],
    ['Section 75 of the Northern Ireland Act 1998 (the Act) requires the council to act.'],
    ['Under Section 75 of the Northern Ireland Act, the council must have due regard.'],
    ['It meets the duties of Section 75 and Schedule 9 of the Northern Ireland Act 1998.'],
    ['Section 75(1) of the Northern Ireland Act 1998 lists the groups.'],
    ['After-care changed with section 75 of the Care Act 2014.'],
  ])('by naming it: %s', (text) => {
    expect(definitions(text)).toEqual([{ key: 'section 75', ours: false }]);
  });

  it.each([
    ['The council fulfils its Section 75 duties.'],
    ['Each of the nine Section 75 categories was considered.'],
    ['The Section 75 groups were consulted.'],
    ['Policies go through Section 75 screening.'],
    ['The Section 75 equality duty applies.'],
    ['A Section 75 planning obligation secures the school contribution.'],
  ])('by the words after it: %s', (text) => {
    expect(definitions(text)).toEqual([{ key: 'section 75', ours: false }]);
  });
});

describe('sectionDefinitions: a section the page puts in health legislation, as the glossary does', () => {
  it.each([
    ['Pooled under section 75 of the National Health Service Act 2006.'],
    ['Pooled under section 75 of the NHS Act 2006.'],
    ['The rules made under section 75 of the Health and Social Care Act 2012.'],
  ])('%s', (text) => {
    expect(definitions(text)).toEqual([{ key: 'section 75', ours: true }]);
  });
});

describe('sectionDefinitions: a section that says neither', () => {
  it.each([
    ['Pooled under section 75 of the 2006 Act.'],
    ['Pooled under section 75 of the Act.'],
    ['The section 75 agreement under the Care Act 2014 pools the fund.'],
    ['A new section 75 agreement of the council and the board was signed.'],
    ['Section 75 (1)\nThe pooled fund.'],
    ['The section 75 partners met. The Act was not discussed.'],
  ])('%s', (text) => {
    expect(definitions(text)).toEqual([]);
  });
});

describe('sectionKey', () => {
  it.each([
    ['Section 75', 'section 75'],
    ['section 75 agreements', 'section 75'],
    ['S75 agreement', 'section 75'],
    ['s.256 transfer', 'section 256'],
    ['section 14Z45', 'section 14Z45'],
  ])('reads %s as %s', (text, key) => {
    expect(sectionKey(text)).toBe(key);
  });

  it.each([['Schedule 12A'], ['sections'], ['STP']])('reads %s as no section', (text) => {
    expect(sectionKey(text)).toBeUndefined();
  });
});

describe('PageDefinitions with sections', () => {
  const marked = (text: string) => {
    const matches = findMatches(matcher, text);
    const page = new PageDefinitions();
    page.note(text, matches);
    return matches.filter((m) => !page.definesOtherwise(text, m.start, m.end)).map((m) => text.slice(m.start, m.end));
  };

  it('leaves a page’s every section 75 unmarked once it puts the section in another law, before or after', () => {
    expect(
      marked(
        'Section 75 agreements. Made under Section 75 of the Town and Country Planning (Scotland) Act 1997. The section 75 is signed.',
      ),
    ).toEqual([]);
  });

  it('leaves the page’s abbreviations marked', () => {
    expect(marked('Section 75 of the Northern Ireland Act 1998 applies to the ICB.')).toEqual(['ICB']);
  });

  it('keeps the marks of a page that puts the section in both laws', () => {
    expect(
      marked(
        'Section 75 of the NHS Act 2006 pools the fund. Section 75 of the Northern Ireland Act 1998 does not apply.',
      ),
    ).toEqual(['Section 75', 'Section 75']);
  });
});
