/** Turns a headword into the kebab-case part of a local term's id. */
export function slugify(headword: string): string {
  const slug = headword
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  // A headword of symbols only ("£££") still needs an id.
  return slug || 'term';
}

/** A slug for `headword` that none of `taken` already uses: `virtual-ward`, then `virtual-ward-2`, … */
export function uniqueSlug(headword: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = slugify(headword);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
