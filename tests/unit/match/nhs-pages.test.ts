import { describe, expect, it } from 'vitest';
import { namesTheNhs } from '../../../lib/match/nhs-pages';

describe('a page names the NHS', () => {
  it.each([
    ['by name', 'Leeds Community Healthcare NHS Trust: board papers'],
    ['by an ICB', 'The ICB appointed a lead provider for community services.'],
    ['by CCGs', 'Three CCGs merged in 2020.'],
    ['by an integrated care board, in any case', 'the Integrated Care Board met'],
    ['by a Health and Wellbeing Board', 'the Health and Well-being Board agreed'],
    ['by a Health & Wellbeing Board', 'the Health & Wellbeing Board agreed'],
    ['by health scrutiny', 'the Health Overview and Scrutiny Committee'],
  ])('%s', (_, text) => {
    expect(namesTheNhs(text)).toBe(true);
  });
});

describe('a page does not name the NHS', () => {
  it.each([
    ['teacher training with its lead providers', 'Change lead provider: talk to your lead provider first.'],
    ['the abbreviations in lower case or inside words', 'nhs icb ccg; ICBT and NHSX-like CCGT stations'],
    ['health on its own (GOV.UK’s footer names "Health and social care")', 'Topics: Health and social care'],
  ])('%s', (_, text) => {
    expect(namesTheNhs(text)).toBe(false);
  });
});
