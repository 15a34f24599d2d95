import { z } from 'zod';
import { collectionProblems, termLabel } from '../local-terms/collection';
import { type LocalTerm, localTermSchema, MAX_LOCAL_TERMS } from '../local-terms/schema';
import { issueMessage, kindOf } from './issues';
import { type Migrations, runMigrations } from './migrate';
import { type Settings, settingsSchema } from './schema';

/**
 * The settings file: one versioned JSON document holding the settings and the
 * user's own terms, for moving them between browsers and keeping a copy.
 * Import checks the whole file before anything changes.
 */
export const EXPORT_FORMAT = 'scrutiny-lens-settings';
export const EXPORT_VERSION = 1;
/** Checked before parsing; a real file is a few kilobytes, so this only stops the wrong file. */
export const MAX_IMPORT_BYTES = 1_000_000;

/** Steps from older file versions, keyed by the version each produces (see migrate.ts). */
export const exportMigrations: Migrations = {};

export const exportFileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.iso.datetime({ offset: true, message: 'must be a date and time such as 2025-11-22T13:00:00Z' }),
  settings: settingsSchema,
  localTerms: z.array(localTermSchema).max(MAX_LOCAL_TERMS, `must hold at most ${MAX_LOCAL_TERMS} terms`),
});

export type ExportFile = z.infer<typeof exportFileSchema>;

export function buildExport(settings: Settings, localTerms: readonly LocalTerm[], now = new Date()): ExportFile {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    settings,
    localTerms: [...localTerms],
  };
}

export function exportText(file: ExportFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function exportFileName(now = new Date()): string {
  return `scrutiny-lens-settings-${now.toISOString().slice(0, 10)}.json`;
}

export type ImportCheck = { ok: true; file: ExportFile } | { ok: false; errors: string[] };

const fail = (...errors: string[]): ImportCheck => ({ ok: false, errors });

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** The size rule alone, for a chosen file whose size is known before it is read. */
export function sizeProblem(bytes: number): string | undefined {
  if (bytes > MAX_IMPORT_BYTES) {
    return `The file is ${megabytes(bytes)}; a settings file is at most ${megabytes(MAX_IMPORT_BYTES)}. Is it the file Scrutiny Lens exported?`;
  }
  return undefined;
}

function utf8Length(text: string): number {
  // Every UTF-16 unit is at least one byte, so a long string is too big without encoding it.
  if (text.length > MAX_IMPORT_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

/** Checks the text of a settings file. Never throws: the answer is the file, or every problem found. */
export function checkImportText(text: string): ImportCheck {
  const tooBig = sizeProblem(utf8Length(text));
  if (tooBig) return fail(tooBig);
  if (!text.trim()) return fail('The file is empty.');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return fail(`The file is not JSON${detail}. Is it the file Scrutiny Lens exported?`);
  }
  return checkImportValue(value);
}

function versionProblem(version: unknown): string | undefined {
  if (version === undefined) return 'version: is missing; a settings file says which version of the format it uses';
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return `version: must be a whole number from 1 to ${EXPORT_VERSION}, not ${JSON.stringify(version)}`;
  }
  if (version > EXPORT_VERSION) {
    return `version: the file is version ${version}, made by a newer Scrutiny Lens; this one reads up to version ${EXPORT_VERSION}. Update the extension, then import again.`;
  }
  return undefined;
}

/** Where an issue is, in words: `settings › marks.style` or `localTerms › #2 “Virtual ward” › link.url`. */
function locate(path: readonly PropertyKey[], root: Record<string, unknown>): string {
  const [head, index, ...rest] = path.map(String);
  if (head === 'localTerms' && index !== undefined && Array.isArray(root.localTerms)) {
    const raw = root.localTerms[Number(index)] as { headword?: unknown } | undefined;
    const headword = typeof raw?.headword === 'string' ? raw.headword.trim() : '';
    const where = headword ? termLabel({ headword }, Number(index)) : `#${Number(index) + 1}`;
    return ['localTerms', where, ...(rest.length ? [rest.join('.')] : [])].join(' › ');
  }
  if (!head) return '(file)';
  const tail = [index, ...rest].filter((p) => p !== undefined).join('.');
  return tail ? `${head} › ${tail}` : head;
}

/** The offending text, shortened, when it helps to find the entry; never the text of a wrong-typed value. */
function found(issue: { code: string; input?: unknown }): string {
  if (issue.code !== 'custom' && issue.code !== 'invalid_format' && issue.code !== 'invalid_value') return '';
  if (typeof issue.input !== 'string') return '';
  const text = issue.input.length > 40 ? `${issue.input.slice(0, 39)}…` : issue.input;
  return ` (found ${JSON.stringify(text)})`;
}

function duplicateHosts(settings: Settings): string[] {
  const problems: string[] = [];
  for (const list of ['off', 'added'] as const) {
    const seen = new Set<string>();
    for (const host of settings.sites[list]) {
      if (seen.has(host)) problems.push(`settings › sites.${list}: "${host}" is listed twice`);
      seen.add(host);
    }
  }
  return problems;
}

/** Checks a parsed settings file. Never throws, whatever `value` is. */
export function checkImportValue(value: unknown): ImportCheck {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(
      `The file holds ${kindOf(value)}, not a Scrutiny Lens settings file ({ "format": "${EXPORT_FORMAT}", … }).`,
    );
  }
  const root = value as Record<string, unknown>;
  if (root.format !== EXPORT_FORMAT) {
    // Quoted back shortened: a hostile file must not make a message as long as itself.
    const quoted = JSON.stringify(root.format) ?? String(root.format);
    const found =
      root.format === undefined
        ? 'has no "format"'
        : `says its format is ${quoted.length > 60 ? `${quoted.slice(0, 60)}…` : quoted}`;
    return fail(`format: the file ${found}; a Scrutiny Lens settings file says "${EXPORT_FORMAT}".`);
  }
  const badVersion = versionProblem(root.version);
  if (badVersion) return fail(badVersion);

  let current: unknown;
  try {
    current = runMigrations(root, root.version as number, EXPORT_VERSION, exportMigrations);
  } catch (error) {
    return fail(
      `version: the file could not be brought up to date (${error instanceof Error ? error.message : String(error)})`,
    );
  }

  const parsed = exportFileSchema.safeParse(current, { reportInput: true });
  if (!parsed.success) {
    return fail(
      ...parsed.error.issues.map((issue) => `${locate(issue.path, root)}: ${issueMessage(issue)}${found(issue)}`),
    );
  }
  const file = parsed.data;
  const errors = [
    ...duplicateHosts(file.settings),
    ...collectionProblems(file.localTerms).map(
      (p) => `localTerms › ${termLabel(file.localTerms[p.index], p.index)} › ${p.field}: ${p.message}`,
    ),
  ];
  return errors.length ? fail(...errors) : { ok: true, file };
}
