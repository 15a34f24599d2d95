import type { MatchRule } from '../../../lib/match/compile';
import { compileMatcher } from '../../../lib/match/compile';
import { findMatches } from '../../../lib/match/scan';

/**
 * A small glossary written for the tests, so they do not depend on data/terms
 * (which other people edit). Each entry is here because some test needs it.
 */
export const RULES: MatchRule[] = [
  { id: 'clinical-commissioning-group', phrases: ['clinical commissioning group'], acronyms: ['CCG'] },
  { id: 'integrated-care-board', phrases: ['integrated care board'], acronyms: ['ICB'] },
  { id: 'integrated-care-system', phrases: ['integrated care system'], acronyms: ['ICS'] },
  { id: 'control-total', phrases: ['control total'], acronyms: [] },
  { id: 'system-control-total', phrases: ['system control total'], acronyms: [] },
  { id: 'hosc', phrases: ['Health Overview and Scrutiny Committee'], acronyms: ['HOSC'] },
  { id: 'jhosc', phrases: ['Joint Health Overview and Scrutiny Committee'], acronyms: ['JHOSC'] },
  { id: 'health-and-wellbeing-board', phrases: ['Health and Wellbeing Board'], acronyms: ['HWB'] },
  { id: 'accident-and-emergency', phrases: ['accident and emergency'], acronyms: ['A&E'] },
  { id: 'nhse-i', phrases: ['NHS England and NHS Improvement'], acronyms: ['NHSE/I'] },
  { id: 'nhs-england', phrases: ['NHS England'], acronyms: ['NHSE'] },
  { id: 'accountable-care-organisation', phrases: ['accountable care organisation'], acronyms: ['ACO'] },
  { id: 'stp-footprint', phrases: ['STP footprint'], acronyms: [] },
  { id: 'must-dos', phrases: ['Must Dos'], acronyms: [] },
  { id: 'cost-improvement-programme', phrases: ['cost improvement programme'], acronyms: ['CIP'] },
  { id: 'local-authority', phrases: ['local authority'], acronyms: [] },
  { id: 'place-based-partnership', phrases: ['place-based partnership'], acronyms: [] },
  { id: 'co-production', phrases: ['co-production'], acronyms: [] },
  { id: 'childrens-trust', phrases: ["children's trust"], acronyms: [] },
  { id: 'urgent-treatment-centre', phrases: ['urgent treatment centre'], acronyms: ['UTC'] },
  { id: 'neighbourhood-health', phrases: ['neighbourhood health'], acronyms: [] },
  { id: 'referral-to-treatment', phrases: ['referral to treatment'], acronyms: ['RTT'] },
  { id: 'gateway-review-process', phrases: ['gateway review process'], acronyms: [] },
  { id: 'integrated-care-partnership', phrases: ['integrated care partnership'], acronyms: ['ICP'], group: 'icp' },
  { id: 'integrated-care-pilot', phrases: ['integrated care pilot'], acronyms: ['ICP'], group: 'icp' },
  { id: 'stp-plan', phrases: ['sustainability and transformation plan'], acronyms: ['STP'], group: 'stp' },
  {
    id: 'stp-partnership',
    phrases: ['sustainability and transformation partnership'],
    acronyms: ['STP'],
    group: 'stp',
  },
  { id: 'section-75-agreement', phrases: ['section 75'], acronyms: [], group: 'section-75' },
  { id: 'section-75-pooled-budget', phrases: ['section 75'], acronyms: [], group: 'section-75' },
];

export const matcher = compileMatcher(RULES);

/** The matched substrings with their ids, which is what most specifications are about. */
export function found(text: string, m = matcher): Array<[string, string[]]> {
  return findMatches(m, text).map((x) => [text.slice(x.start, x.end), x.termIds]);
}
