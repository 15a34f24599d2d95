import { type LetterTemplate, validateTemplate } from './schema';

/**
 * The bundled letter templates. Vite inlines every JSON file under
 * data/letters/ at build time, so the extension never fetches them.
 */
const templateFiles = import.meta.glob<unknown>('../../data/letters/*.json', { eager: true, import: 'default' });

export interface TemplateFile {
  /** Path shown in messages, e.g. `data/letters/foi-request.json`. */
  file: string;
  data: unknown;
}

export type TemplateSetValidation =
  | { ok: true; templates: LetterTemplate[]; byId: ReadonlyMap<string, LetterTemplate> }
  | { ok: false; errors: string[] };

/**
 * Validates a set of template files: each against the schema, plus the rules
 * only a set can break (file named after its id, ids unique).
 */
export function validateTemplates(files: readonly TemplateFile[]): TemplateSetValidation {
  const errors: string[] = [];
  const templates: LetterTemplate[] = [];
  const byId = new Map<string, LetterTemplate>();
  for (const { file, data } of files) {
    const result = validateTemplate(data, file);
    if (!result.ok) {
      errors.push(...result.errors);
      continue;
    }
    const t = result.template;
    const base = file
      .split('/')
      .pop()
      ?.replace(/\.json$/, '');
    if (base !== t.id) errors.push(`${file} › ${t.id} › id: must match the file name (${base}.json)`);
    if (byId.has(t.id)) errors.push(`${file} › ${t.id} › id: is used by another template`);
    byId.set(t.id, t);
    templates.push(t);
  }
  return errors.length ? { ok: false, errors } : { ok: true, templates, byId };
}

export function toTemplateFiles(files: Record<string, unknown>): TemplateFile[] {
  return Object.entries(files)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, data]) => ({ file: path.replace(/^(\.\.\/)+/, ''), data }));
}

let cached: { templates: LetterTemplate[]; byId: ReadonlyMap<string, LetterTemplate> } | undefined;

function load() {
  if (cached) return cached;
  const result = validateTemplates(toTemplateFiles(templateFiles));
  if (!result.ok) throw new Error(`The bundled letter templates are invalid:\n${result.errors.join('\n')}`);
  cached = { templates: result.templates, byId: result.byId };
  return cached;
}

/** Every bundled template, in file-name order. Throws if any is invalid (the tests catch that first). */
export function bundledTemplates(): readonly LetterTemplate[] {
  return load().templates;
}

export function getTemplate(id: string): LetterTemplate | undefined {
  return load().byId.get(id);
}
