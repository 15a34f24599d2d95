import type { Plugin } from 'vite';

/**
 * Takes out of two dependencies the code paths that Mozilla's linter flags
 * and that Scrutiny Lens never takes, so the Firefox package lints clean and
 * the store packages hold no string-to-code or string-to-markup path at all.
 * Each patch must match exactly once: if a dependency's code changes shape,
 * the build fails here rather than shipping the path again unnoticed.
 */
export interface Patch {
  /** The dependency file, by the end of its resolved path. */
  file: string;
  find: RegExp;
  replace: string;
  why: string;
}

export const PATCHES: readonly Patch[] = [
  {
    file: '/node_modules/zod/v4/core/util.js',
    // `allowsEval` probes `new Function("")` to decide whether zod may compile object parsers to code.
    find: /export const allowsEval = \/\* @__PURE__\*\/ cached\(\(\) => \{[\s\S]*?\n\}\);/,
    replace: 'export const allowsEval = /* @__PURE__*/ cached(() => false);',
    why: 'zod parses every schema by interpretation (its "jitless" mode) and never probes for eval (DANGEROUS_EVAL)',
  },
  {
    file: '/node_modules/zod/v4/core/doc.js',
    // The code generator itself, reachable only when allowsEval is true.
    find: /compile\(\) \{\s*const F = Function;[\s\S]*?return factory\(\.\.\.Object\.values\(this\.closed\)\);\s*\}/,
    replace: 'compile() { throw new Error("zod code generation is not built into Scrutiny Lens"); }',
    why: 'no Function constructor is left in the bundle',
  },
  {
    file: '/node_modules/preact/dist/preact.mjs',
    // `h?(…||(t.innerHTML=h.__html),r.__k=[]):` in Preact's minified diff: the dangerouslySetInnerHTML path.
    find: /(\w)\?\((\w)\|\|(\w)&&\(\1\.__html==\3\.__html\|\|\1\.__html==(\w)\.innerHTML\)\|\|\(\4\.innerHTML=\1\.__html\),(\w)\.__k=\[\]\):/,
    replace: '$1?($5.__k=[]):',
    why: 'a dangerouslySetInnerHTML prop renders nothing, so no string ever becomes markup (UNSAFE_VAR_ASSIGNMENT)',
  },
];

/** The patched code of `id`, or undefined when no patch applies to it. Throws when a patch no longer fits. */
export function applyPatches(id: string, code: string): string | undefined {
  const path = id.split('?')[0].replace(/\\/g, '/');
  const patches = PATCHES.filter((p) => path.endsWith(p.file));
  if (!patches.length) return undefined;
  let out = code;
  for (const patch of patches) {
    const global = new RegExp(patch.find.source, `${patch.find.flags.replace('g', '')}g`);
    const found = out.match(global)?.length ?? 0;
    if (found !== 1)
      throw new Error(
        `store-safe patch for ${patch.file} matched ${found} times instead of once: the dependency changed; ` +
          `re-check that ${patch.why}`,
      );
    out = out.replace(patch.find, patch.replace);
  }
  return out;
}

export function storeSafePlugin(): Plugin {
  return {
    name: 'scrutiny-lens:store-safe',
    enforce: 'pre',
    transform(code, id) {
      const patched = applyPatches(id, code);
      return patched === undefined ? undefined : { code: patched, map: null };
    },
  };
}
