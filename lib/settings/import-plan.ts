import { clashesWith } from '../local-terms/claims';
import { type LocalTerm, MAX_LOCAL_TERMS } from '../local-terms/schema';
import type { Settings } from './schema';
import type { ExportFile } from './transfer';

/**
 * What an import would do, worked out before anything is written so the page
 * can show it first. Merge adds the file's sites and terms to the user's own
 * and keeps their mark choices; replace makes everything as the file says.
 */
export type ImportMode = 'merge' | 'replace';

export interface SkippedTerm {
  headword: string;
  reason: string;
}

export interface ImportReport {
  mode: ImportMode;
  termsAdded: string[];
  /** Identical to a term already kept: nothing to do, said so rather than doubled. */
  termsAlreadyThere: string[];
  /** Clashing with a term already kept, which stays as it is. */
  termsSkipped: SkippedTerm[];
  /** Replace only: the user's terms the file does not have. */
  termsRemoved: string[];
  sitesAdded: string[];
  /** Replace only: added sites the file does not have; their access is given up. */
  sitesRemoved: string[];
}

export interface ImportPlan {
  settings: Settings;
  localTerms: LocalTerm[];
  report: ImportReport;
}

export interface CurrentData {
  settings: Settings;
  localTerms: readonly LocalTerm[];
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];
const sameTerm = (a: LocalTerm, b: LocalTerm) => JSON.stringify(a) === JSON.stringify(b);

function mergeTerms(current: readonly LocalTerm[], incoming: readonly LocalTerm[]) {
  const kept = [...current];
  const added: string[] = [];
  const alreadyThere: string[] = [];
  const skipped: SkippedTerm[] = [];
  for (const term of incoming) {
    const sameSlug = kept.find((t) => t.slug === term.slug);
    if (sameSlug && sameTerm(sameSlug, term)) {
      alreadyThere.push(term.headword);
      continue;
    }
    if (sameSlug) {
      skipped.push({
        headword: term.headword,
        reason: `you already have a different version of “${sameSlug.headword}”; yours is kept`,
      });
      continue;
    }
    const [clash] = clashesWith(term, kept);
    if (clash) {
      skipped.push({
        headword: term.headword,
        reason: `“${clash.claim.text}” is already your term “${clash.other.headword}”, which is kept`,
      });
      continue;
    }
    if (kept.length >= MAX_LOCAL_TERMS) {
      skipped.push({ headword: term.headword, reason: `you would have more than ${MAX_LOCAL_TERMS} terms` });
      continue;
    }
    kept.push(term);
    added.push(term.headword);
  }
  return { kept, added, alreadyThere, skipped };
}

export function planImport(current: CurrentData, file: ExportFile, mode: ImportMode): ImportPlan {
  const addedBefore = current.settings.sites.added;
  if (mode === 'replace') {
    const incomingSlugs = new Set(file.localTerms.map((t) => t.slug));
    return {
      settings: file.settings,
      localTerms: [...file.localTerms],
      report: {
        mode,
        termsAdded: file.localTerms.map((t) => t.headword),
        termsAlreadyThere: [],
        termsSkipped: [],
        termsRemoved: current.localTerms.filter((t) => !incomingSlugs.has(t.slug)).map((t) => t.headword),
        sitesAdded: file.settings.sites.added.filter((h) => !addedBefore.includes(h)),
        sitesRemoved: addedBefore.filter((h) => !file.settings.sites.added.includes(h)),
      },
    };
  }
  const terms = mergeTerms(current.localTerms, file.localTerms);
  const settings: Settings = {
    ...current.settings,
    sites: {
      off: union(current.settings.sites.off, file.settings.sites.off),
      added: union(addedBefore, file.settings.sites.added),
    },
  };
  return {
    settings,
    localTerms: terms.kept,
    report: {
      mode,
      termsAdded: terms.added,
      termsAlreadyThere: terms.alreadyThere,
      termsSkipped: terms.skipped,
      termsRemoved: [],
      sitesAdded: file.settings.sites.added.filter((h) => !addedBefore.includes(h)),
      sitesRemoved: [],
    },
  };
}

/**
 * Sites the file adds that have no host permission yet. The page must ask for
 * them in the click that starts the import, before any await, to keep the gesture.
 */
export function hostsNeedingAccess(current: Settings, file: ExportFile): string[] {
  return file.settings.sites.added.filter((h) => !current.sites.added.includes(h));
}
