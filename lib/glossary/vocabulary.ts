/**
 * The glossary's fixed lists: its categories and whom a question can be put
 * to, with their labels. Apart from the schema (./schema.ts, which re-exports
 * them) so that the content script can use them without loading zod.
 */

export const CATEGORIES = [
  'plans-and-documents',
  'bodies-and-structures',
  'money',
  'contracts-and-payment',
  'performance-and-services',
  'scrutiny-and-public-voice',
] as const;

export const CATEGORY_LABELS: Record<(typeof CATEGORIES)[number], string> = {
  'plans-and-documents': 'Plans and documents',
  'bodies-and-structures': 'Bodies and structures',
  money: 'Money',
  'contracts-and-payment': 'Contracts and payment',
  'performance-and-services': 'Performance and services',
  'scrutiny-and-public-voice': 'Scrutiny and public voice',
};

/** Who a resident can put a question to. Labels live beside the codes so cards and letters agree. */
export const ASK_WHO = [
  'icb',
  'trust-board',
  'health-scrutiny-committee',
  'health-and-wellbeing-board',
  'integrated-care-partnership',
  'council',
  'nhs-england',
  'healthwatch',
  'mp',
] as const;

export const ASK_WHO_LABELS: Record<(typeof ASK_WHO)[number], string> = {
  icb: 'the integrated care board (ICB)',
  'trust-board': 'the trust board',
  'health-scrutiny-committee': "the council's health scrutiny committee",
  'health-and-wellbeing-board': 'the Health and Wellbeing Board',
  'integrated-care-partnership': 'the integrated care partnership',
  council: 'the council (cabinet or full council)',
  'nhs-england': 'NHS England (or DHSC as it takes over)',
  healthwatch: 'local Healthwatch',
  mp: 'your MP',
};

export type Category = (typeof CATEGORIES)[number];
export type AskWho = (typeof ASK_WHO)[number];
