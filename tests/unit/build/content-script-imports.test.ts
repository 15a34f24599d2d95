import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * What the content scripts load. The browser compiles the lens on every page
 * with a term before it can mark anything, and the time it takes follows its
 * size: zod was a quarter of it (in a fresh page, 26–36 ms to compile the lens
 * without zod against 34–50 ms with it). So the gate and the lens never import
 * zod; they read stored data that is already in canonical form, and ask the
 * background about anything else. Nor does the lens import the card's surface
 * (Preact, Floating UI: a quarter of what was left), which is a script of its
 * own, injected when the first card opens, nor the prefilter's data, which
 * the gate already has and shares. This walks our own modules' imports
 * from each entrypoint, as the bundler would, and names the path to a package
 * if one appears.
 */
const ROOT = resolve(import.meta.dirname, '../../..');

// `import type` and `export type` are erased; every other import or re-export is loaded.
const IMPORT = /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

function resolveModule(from: string, spec: string): string | undefined {
  const base = spec.startsWith('@/')
    ? join(ROOT, spec.slice(2))
    : spec.startsWith('.')
      ? resolve(dirname(from), spec)
      : '';
  if (!base) return undefined;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** The chain of modules from `entry` to the first one that imports `pkg`, or undefined if none does. */
function pathToPackage(entry: string, pkg: string): string[] | undefined {
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]): string[] | undefined => {
    if (seen.has(file)) return undefined;
    seen.add(file);
    const here = [...chain, relative(ROOT, file)];
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (spec === pkg || spec.startsWith(`${pkg}/`)) return [...here, spec];
      const next = resolveModule(file, spec);
      const found = next && walk(next, here);
      if (found) return found;
    }
    return undefined;
  };
  return walk(join(ROOT, entry), []);
}

describe('what the content scripts load', () => {
  it('finds zod where it is used, so that the checks below can fail: the background checks settings with it', () => {
    expect(pathToPackage('entrypoints/background/index.ts', 'zod')).toBeDefined();
  });

  it('the gate, which every council and NHS page loads, never imports zod', () => {
    expect(pathToPackage('entrypoints/content/index.ts', 'zod')).toBeUndefined();
  });

  it('the lens, which every page with a term loads, never imports zod', () => {
    expect(pathToPackage('entrypoints/lens.content/index.ts', 'zod')).toBeUndefined();
  });

  it('finds Preact and Floating UI where the card is drawn, its own script', () => {
    expect(pathToPackage('entrypoints/card/index.ts', 'preact')).toBeDefined();
    expect(pathToPackage('entrypoints/card/index.ts', '@floating-ui/dom')).toBeDefined();
  });

  it('the lens draws no card itself: it never imports Preact or Floating UI', () => {
    expect(pathToPackage('entrypoints/lens.content/index.ts', 'preact')).toBeUndefined();
    expect(pathToPackage('entrypoints/lens.content/index.ts', '@floating-ui/dom')).toBeUndefined();
  });

  it('the lens reads storage itself, not through WXT’s storage items, which read storage as they are defined', () => {
    expect(pathToPackage('entrypoints/background/index.ts', 'wxt/utils/storage')).toBeDefined();
    expect(pathToPackage('entrypoints/lens.content/index.ts', 'wxt/utils/storage')).toBeUndefined();
  });

  it('the prefilter’s data is loaded by the gate, and the lens uses the gate’s rather than its own copy', () => {
    expect(pathToPackage('entrypoints/content/index.ts', 'virtual:scrutiny-lens/prefilter')).toBeDefined();
    expect(pathToPackage('entrypoints/lens.content/index.ts', 'virtual:scrutiny-lens/prefilter')).toBeUndefined();
  });
});
