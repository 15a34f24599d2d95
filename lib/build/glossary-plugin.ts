import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { metaOf, packTermMeta } from '../glossary/term-meta';
import { validateGlossary } from '../glossary/validate';
import { compileMatcher } from '../match/compile';
import { packMatcher } from '../match/packed';
import { compilePrefilter } from '../match/prefilter';
import { rulesFromTerms } from '../match/rules';
import { withKeyTable } from '../match/scan';

const GLOSSARY_ID = 'virtual:scrutiny-lens/glossary';
const MATCHER_ID = 'virtual:scrutiny-lens/matcher';
const META_ID = 'virtual:scrutiny-lens/term-meta';
// The prefilter, apart from the matcher: the gate that every page loads (entrypoints/content) needs only this.
const PREFILTER_ID = 'virtual:scrutiny-lens/prefilter';
const IDS = [GLOSSARY_ID, MATCHER_ID, META_ID, PREFILTER_ID];

function readDataDir(root: string, dir: string) {
  const full = join(root, dir);
  return readdirSync(full)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const file = `${dir}/${f}`;
      try {
        return { file, data: JSON.parse(readFileSync(join(full, f), 'utf8')) as unknown };
      } catch (error) {
        throw new Error(`${file}: is not valid JSON (${(error as Error).message})`);
      }
    });
}

/**
 * Validates the glossary in data/ and compiles its matcher when the extension
 * is built, so a broken entry fails the build with a message naming it, and
 * the content script ships a ready matcher instead of building one on every
 * page load.
 */
export function glossaryPlugin(projectRoot: string): Plugin {
  const root = resolve(projectRoot);
  const load = () => {
    const result = validateGlossary({
      terms: readDataDir(root, 'data/terms'),
      sources: readDataDir(root, 'data/sources'),
    });
    if (!result.ok) throw new Error(`The glossary in data/ is invalid:\n${result.errors.join('\n')}`);
    return result.glossary;
  };
  return {
    name: 'scrutiny-lens:glossary',
    enforce: 'pre',
    resolveId(id) {
      return IDS.includes(id) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith('\0') || !IDS.includes(id.slice(1))) return undefined;
      for (const dir of ['data/terms', 'data/sources']) this.addWatchFile(join(root, dir));
      const glossary = load();
      let value: unknown;
      const matcher = () => compileMatcher(rulesFromTerms(glossary.terms));
      if (id === `\0${MATCHER_ID}`) {
        // Shipped packed (see lib/match/packed.ts) and unpacked as the module is first run.
        const packed = JSON.stringify(JSON.stringify(packMatcher(withKeyTable(matcher()))));
        const unpack = JSON.stringify(join(root, 'lib/match/packed.ts'));
        return `import { unpackMatcher } from ${unpack};\nexport default unpackMatcher(JSON.parse(${packed}));`;
      }
      if (id === `\0${META_ID}`) {
        const packed = JSON.stringify(JSON.stringify(packTermMeta(glossary.terms.map(metaOf))));
        const unpack = JSON.stringify(join(root, 'lib/glossary/term-meta.ts'));
        return `import { unpackTermMeta } from ${unpack};\nexport default unpackTermMeta(JSON.parse(${packed}));`;
      }
      if (id === `\0${PREFILTER_ID}`) value = compilePrefilter(matcher());
      else value = { terms: glossary.terms, sources: [...glossary.sources.values()] };
      // JSON.parse of a string literal is faster to start than the same data as an object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
    },
  };
}
