import type { Source, Term } from '../../../../lib/glossary/schema';
import type { Glossary } from '../../../../lib/glossary/validate';

/** Small hand-made terms, so card tests say exactly what they depend on. */
export function makeTerm(overrides: Partial<Term> & Pick<Term, 'id' | 'headword'>): Term {
  return {
    category: 'bodies-and-structures',
    match: { phrases: [overrides.headword], acronyms: [] },
    summary: `${overrides.headword} in a sentence.`,
    detail: `More about ${overrides.headword}.`,
    era: { status: 'current' },
    sources: [{ source: 'hca-2022' }],
    questions: [
      { text: `Who runs the ${overrides.headword} here?`, askWho: ['health-scrutiny-committee'] },
      { text: `What has the ${overrides.headword} spent?`, askWho: ['icb', 'mp'] },
    ],
    related: [],
    ...overrides,
  };
}

export const hca2022: Source = {
  id: 'hca-2022',
  title: 'Health and Care Act 2022',
  publisher: 'UK Parliament',
  date: '2022-04-28',
  url: 'https://www.legislation.gov.uk/ukpga/2022/31/contents',
  archiveUrl: 'https://web.archive.org/web/2024/https://www.legislation.gov.uk/ukpga/2022/31/contents',
  kind: 'primary',
};

export const icb = makeTerm({
  id: 'integrated-care-board',
  headword: 'Integrated Care Board',
  match: { phrases: ['integrated care board'], acronyms: ['ICB'] },
});

export const ccg = makeTerm({
  id: 'clinical-commissioning-group',
  headword: 'Clinical Commissioning Group',
  match: { phrases: ['clinical commissioning group'], acronyms: ['CCG'] },
  era: { status: 'historical', from: '2013-04-01', until: '2022-07-01', replacedBy: ['integrated-care-board'] },
});

export const icpPartnership = makeTerm({
  id: 'integrated-care-partnership',
  headword: 'Integrated Care Partnership',
  match: { phrases: ['integrated care partnership'], acronyms: ['ICP'] },
  sense: { group: 'ICP', cues: ['partnership'] },
});

export const icpProvider = makeTerm({
  id: 'integrated-care-provider',
  headword: 'Integrated Care Provider',
  match: { phrases: ['integrated care provider'], acronyms: ['ICP'] },
  sense: { group: 'ICP', cues: ['contract'] },
  era: { status: 'historical', until: '2019' },
});

export const proposedAbolition = makeTerm({
  id: 'abolition-of-nhs-england',
  headword: 'Abolition of NHS England',
  era: { status: 'proposed', note: 'Announced in March 2025.' },
});

export function makeGlossary(terms: Term[], sources: Source[] = [hca2022]): Glossary {
  return { terms, termsById: new Map(terms.map((t) => [t.id, t])), sources: new Map(sources.map((s) => [s.id, s])) };
}

export const glossary = makeGlossary([icb, ccg, icpPartnership, icpProvider, proposedAbolition]);
