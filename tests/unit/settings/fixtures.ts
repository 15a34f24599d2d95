import type { LocalTerm } from '../../../lib/local-terms/schema';
import type { Settings } from '../../../lib/settings/schema';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { buildExport, type ExportFile } from '../../../lib/settings/transfer';
import { PLACE_BOARD, VIRTUAL_WARD } from '../local-terms/fixtures';

/** Settings someone has used for a while: a default site off, a site added, marks changed. */
export const USED_SETTINGS: Settings = {
  sites: { off: ['democracy.leeds.gov.uk'], added: ['www.healthwatchleeds.co.uk'] },
  marks: {
    style: 'underline',
    colours: 'amber',
    density: 'every',
    categories: ['money', 'plans-and-documents'],
    historical: false,
    badge: false,
  },
};

/**
 * What each version of the stored settings looked like when it was current.
 * Add the old shape here when SETTINGS_VERSION is bumped; the migration test
 * runs every entry up to the current version.
 */
export const SETTINGS_FIXTURES: Record<number, unknown> = {
  1: {
    sites: { off: ['democracy.leeds.gov.uk'], added: ['www.healthwatchleeds.co.uk'] },
    marks: {
      style: 'underline',
      colours: 'amber',
      density: 'every',
      categories: ['money', 'plans-and-documents'],
      historical: false,
      badge: false,
    },
  },
};

/** Export files as each format version wrote them. */
export const EXPORT_FIXTURES: Record<number, unknown> = {
  1: {
    format: 'scrutiny-lens-settings',
    version: 1,
    exportedAt: '2025-11-22T13:00:00.000Z',
    settings: SETTINGS_FIXTURES[1],
    localTerms: [VIRTUAL_WARD, PLACE_BOARD],
  },
};

export const AT = new Date('2025-11-22T13:00:00.000Z');

export function exportOf(settings: Settings = DEFAULT_SETTINGS, localTerms: LocalTerm[] = []): ExportFile {
  return buildExport(settings, localTerms, AT);
}

/** Loose on purpose: tests reach into a file to break one field at a time. */
// biome-ignore lint/suspicious/noExplicitAny: a file under test may hold anything anywhere.
export type FileData = Record<string, any>;

/** A valid export file as plain JSON data, ready to be broken one field at a time. */
export function fileData(): FileData {
  return structuredClone(EXPORT_FIXTURES[1]) as FileData;
}
