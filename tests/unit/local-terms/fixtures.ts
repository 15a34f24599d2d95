import type { LocalTerm } from '../../../lib/local-terms/schema';

/** A complete local term, as the options page saves it. */
export const VIRTUAL_WARD: LocalTerm = {
  slug: 'virtual-ward',
  headword: 'Virtual ward',
  category: 'performance-and-services',
  acronyms: ['VW'],
  phrases: ['hospital at home'],
  definition:
    'Care at home for people who would otherwise be in hospital. Staff check on patients using visits, phone calls and monitoring devices.',
  link: { title: 'NHS England: virtual wards', url: 'https://www.england.nhs.uk/virtual-wards/' },
  questions: ['How many virtual ward beds does our area have?', 'How often are they full?'],
};

/** The least a local term can hold. */
export const PLACE_BOARD: LocalTerm = {
  slug: 'place-board',
  headword: 'Place board',
  category: 'bodies-and-structures',
  acronyms: [],
  phrases: [],
  definition: 'The committee that runs NHS and council services together in one borough.',
  questions: [],
};

/**
 * What each version of `local:localTerms` looked like when it was current.
 * Add the old shape here when LOCAL_TERMS_VERSION is bumped; the migration
 * test runs every entry up to the current version.
 */
export const LOCAL_TERMS_FIXTURES: Record<number, unknown> = {
  1: [VIRTUAL_WARD, PLACE_BOARD],
};
