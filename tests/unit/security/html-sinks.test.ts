import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * No HTML is ever built from strings in the extension, and no string is ever
 * run as code: every piece of text, whether from a page, the glossary or the
 * user, reaches the DOM through Preact's text nodes or textContent. This scan
 * keeps it so; Biome's noDangerouslySetInnerHtml and noGlobalEval rules catch
 * two of these spellings as well.
 */

const ROOT = join(import.meta.dirname, '../../..');
/** Code that runs in the extension. lib/build/ runs only in Node at build time (and names these sinks to remove them). */
const SCANNED = ['lib', 'components', 'entrypoints'];
const SKIPPED = ['lib/build'];

const SINKS: ReadonlyArray<readonly [string, RegExp]> = [
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML', /\bouterHTML\b/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['document.write', /\bdocument\s*\.\s*write(ln)?\b/],
  ['dangerouslySetInnerHTML', /\bdangerouslySetInnerHTML\b/],
  ['createContextualFragment', /\bcreateContextualFragment\b/],
  ['srcdoc', /\bsrcdoc\b/i],
  ['eval', /(^|[^\w.$])eval\s*\(/],
  ['new Function', /\bnew\s+Function\b|(^|[^\w.$])Function\s*\(/],
  ['string timer', /\bset(Timeout|Interval)\s*\(\s*['"`]/],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (SKIPPED.includes(path)) return [];
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|jsx|mjs|html)$/.test(entry.name) ? [path] : [];
  });
}

const files = SCANNED.flatMap(sourceFiles);

describe('the extension’s source', () => {
  it('is all scanned (the list is not empty)', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(SINKS)('never uses %s', (_name, pattern) => {
    const hits = files.flatMap((file) =>
      readFileSync(join(ROOT, file), 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          pattern.test(line) ? [`${relative(ROOT, join(ROOT, file))}:${i + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(hits).toEqual([]);
  });
});
