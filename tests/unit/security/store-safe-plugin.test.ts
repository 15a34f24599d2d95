// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyPatches, PATCHES, storeSafePlugin } from '../../../lib/build/store-safe-plugin';

/**
 * The build patch that takes zod's eval probe and Preact's innerHTML path out
 * of the store packages: it must still fit the installed dependencies, leave
 * no such path behind, and change nothing else Preact does.
 */

const ROOT = join(import.meta.dirname, '../../..');
const installed = (file: string) => join(ROOT, file);
const patched = (file: string) => applyPatches(installed(file), readFileSync(installed(file), 'utf8'));

type PreactLike = {
  h(type: string, props: object | null, ...children: unknown[]): unknown;
  render(vnode: unknown, parent: Element): void;
};

/**
 * Runs a copy of Preact's dist file (one module that imports nothing) as a function returning its exports:
 * the patched text never exists as a file the test runner could import.
 */
function loadPreact(code: string): PreactLike {
  const exports = /export\s*\{([^}]*)\};?\s*(\/\/# sourceMappingURL=\S*)?\s*$/.exec(code);
  if (!exports) throw new Error('Preact dist no longer ends in one export list');
  const names = exports[1].split(',').map((pair) => {
    const [local, exported = local] = pair.trim().split(/\s+as\s+/);
    return `${JSON.stringify(exported)}: ${local}`;
  });
  const body = `${code.slice(0, exports.index)}\nreturn { ${names.join(', ')} };`;
  return new Function(body)() as PreactLike;
}

describe('the store-safe build patch', () => {
  it.each(PATCHES.map((p) => [p.file, p] as const))('fits the installed %s exactly once', (file) => {
    expect(patched(file)).toBeDefined();
  });

  it('leaves zod no way to turn a string into code', () => {
    const util = patched('/node_modules/zod/v4/core/util.js') ?? '';
    const doc = patched('/node_modules/zod/v4/core/doc.js') ?? '';
    expect(util).toContain('export const allowsEval = /* @__PURE__*/ cached(() => false);');
    expect(util).not.toMatch(/new F\(|Function\(/);
    expect(doc).not.toMatch(/\bFunction\b/);
  });

  it('leaves Preact no assignment to innerHTML', () => {
    expect(patched('/node_modules/preact/dist/preact.mjs')).not.toMatch(/innerHTML\s*=/);
  });

  it('makes dangerouslySetInnerHTML render nothing, where unpatched Preact would inject the markup', async () => {
    const html = '<img src="x" data-injected="yes">';
    const original = loadPreact(readFileSync(installed('/node_modules/preact/dist/preact.mjs'), 'utf8'));
    const safe = loadPreact(patched('/node_modules/preact/dist/preact.mjs') ?? '');
    const rendered = (preact: PreactLike) => {
      const root = document.createElement('div');
      preact.render(preact.h('div', { dangerouslySetInnerHTML: { __html: html } }), root);
      return root.querySelector('[data-injected]') !== null;
    };
    expect(rendered(original)).toBe(true);
    expect(rendered(safe)).toBe(false);
  });

  it('leaves ordinary rendering and updates as they were', async () => {
    const safe = loadPreact(patched('/node_modules/preact/dist/preact.mjs') ?? '');
    const root = document.createElement('div');
    safe.render(safe.h('p', { class: 'a' }, 'Better Care Fund <b>', safe.h('b', null, 'ICB')), root);
    expect(root.textContent).toBe('Better Care Fund <b>ICB');
    safe.render(safe.h('p', { class: 'b' }, 'control total'), root);
    expect(root.querySelector('p')?.className).toBe('b');
    expect(root.textContent).toBe('control total');
  });

  it('stops the build when a dependency no longer has the shape the patch expects', () => {
    expect(() => applyPatches('/x/node_modules/preact/dist/preact.mjs', 'export const h = 1;')).toThrow(
      /matched 0 times/,
    );
  });

  it('leaves PDF.js no import of a module named at run time', () => {
    const dynamicImport = /\bimport\(\s*(\/\*[^*]*\*\/\s*)*[^\s'"/]/;
    const original = readFileSync(installed('/node_modules/pdfjs-dist/build/pdf.mjs'), 'utf8');
    expect(original).toMatch(dynamicImport);
    expect(patched('/node_modules/pdfjs-dist/build/pdf.mjs')).not.toMatch(dynamicImport);
    expect(patched('/node_modules/pdfjs-dist/build/pdf.worker.min.mjs')).not.toMatch(dynamicImport);
  });

  it('patches the PDF.js worker where the build copies it as a file, not only where it transforms modules', () => {
    const worker = readFileSync(installed('/node_modules/pdfjs-dist/build/pdf.worker.min.mjs'), 'utf8');
    const bundle = {
      'assets/pdf.worker.min-x.mjs': {
        type: 'asset' as const,
        fileName: 'assets/pdf.worker.min-x.mjs',
        originalFileNames: ['node_modules/pdfjs-dist/build/pdf.worker.min.mjs'],
        names: ['pdf.worker.min.mjs'],
        source: worker,
      },
      'assets/other.css': {
        type: 'asset' as const,
        fileName: 'assets/other.css',
        originalFileNames: [],
        names: [],
        source: 'p{}',
      },
    };
    const plugin = storeSafePlugin() as unknown as { generateBundle(o: unknown, b: typeof bundle): void };
    plugin.generateBundle({}, bundle);
    expect(bundle['assets/pdf.worker.min-x.mjs'].source).toBe(
      patched('/node_modules/pdfjs-dist/build/pdf.worker.min.mjs'),
    );
    expect(bundle['assets/other.css'].source).toBe('p{}');
  });

  it('leaves every other module alone', () => {
    expect(applyPatches('/work/lib/content/lens.ts', 'const x = 1;')).toBeUndefined();
  });
});
