import { collectionProblems, termLabel } from './collection';
import { localTermsItem } from './item';
import { type LocalTerm, localTermSchema, MAX_LOCAL_TERMS } from './schema';

export { localTermsItem } from './item';

/** The stored terms that pass the schema; others stay in storage untouched but are not used. */
export async function loadLocalTerms(): Promise<LocalTerm[]> {
  const stored = await localTermsItem.getValue();
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((raw) => {
    const parsed = localTermSchema.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
}

export class LocalTermsRejected extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'LocalTermsRejected';
  }
}

/** Every rule a saved collection must meet, as messages; [] when it may be saved. */
export function localTermsProblems(terms: readonly unknown[]): string[] {
  const problems: string[] = [];
  if (terms.length > MAX_LOCAL_TERMS)
    problems.push(`at most ${MAX_LOCAL_TERMS} terms can be kept; there are ${terms.length}`);
  const valid: LocalTerm[] = [];
  terms.forEach((raw, index) => {
    const parsed = localTermSchema.safeParse(raw);
    if (parsed.success) valid.push(parsed.data);
    else
      problems.push(
        `${termLabel({ headword: String((raw as { headword?: unknown })?.headword ?? '') }, index)}: ${parsed.error.issues[0]?.message}`,
      );
  });
  if (problems.length) return problems;
  return collectionProblems(valid).map((p) => `${termLabel(valid[p.index], p.index)} › ${p.field}: ${p.message}`);
}

/** Replaces the stored terms, refusing (and leaving storage as it was) if any rule is broken. */
export async function saveLocalTerms(terms: readonly LocalTerm[]): Promise<void> {
  const problems = localTermsProblems(terms);
  if (problems.length) throw new LocalTermsRejected(problems);
  await localTermsItem.setValue(terms.map((t) => localTermSchema.parse(t)));
}

/** Calls back with the valid stored terms whenever they change. Returns the unsubscribe function. */
export function watchLocalTerms(onChange: (terms: LocalTerm[]) => void): () => void {
  return localTermsItem.watch(() => void loadLocalTerms().then(onChange));
}
