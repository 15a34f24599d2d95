import type { Plugin } from 'vite';

/**
 * Takes out of our dependencies the code paths that Mozilla's linter flags
 * and that Scrutiny Lens never takes, so the Firefox package lints clean and
 * the store packages hold no string-to-code or string-to-markup path and no
 * import of a module named at run time.
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
  {
    file: '/node_modules/pdfjs-dist/build/pdf.mjs',
    // The "fake worker": when no Worker can start, PDF.js imports its worker module by URL onto the page's thread.
    find: /const worker = await import\(\s*\/\*webpackIgnore: true\*\/\s*\/\*@vite-ignore\*\/\s*this\.workerSrc\);\s*return worker\.WorkerMessageHandler;/,
    replace:
      'throw new Error("PDF.js could not start its worker (Scrutiny Lens does not run it on the page\'s thread)");',
    why: 'the viewer, an extension page, always has workers; no module is imported from a URL held in a variable',
  },
  {
    file: '/node_modules/pdfjs-dist/build/pdf.worker.min.mjs',
    // The JavaScript fallback for the WebAssembly image decoders, imported by a URL built at run time.
    find: /const\{default:(\w+)\}=await\(import\(\s*\/\*webpackIgnore: true\*\/\s*\/\*@vite-ignore\*\/\s*`\$\{WasmImage\.#\w+\}\$\{this\._noWasmFilename\}`\)\);return\{exports:\1\(\w+\)\}/,
    replace: 'throw new Error("the WebAssembly image decoder could not start")',
    why: "the extension's CSP allows WebAssembly ('wasm-unsafe-eval'), so the JavaScript fallback is never needed",
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
      // An `?url` import's code is only the asset's address; the asset itself is patched in generateBundle.
      if (/[?&]url\b/.test(id)) return undefined;
      const patched = applyPatches(id, code);
      return patched === undefined ? undefined : { code: patched, map: null };
    },
    generateBundle(_options, bundle) {
      // Files copied into the package as they are (imported with `?url`), which no transform hook sees.
      for (const output of Object.values(bundle)) {
        if (output.type !== 'asset') continue;
        for (const original of output.originalFileNames ?? []) {
          const source = typeof output.source === 'string' ? output.source : new TextDecoder().decode(output.source);
          const patched = applyPatches(`/${original}`, source);
          if (patched !== undefined) output.source = patched;
        }
      }
    },
  };
}
