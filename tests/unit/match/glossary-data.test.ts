import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateGlossary } from '../../../lib/glossary/validate';
import { compileMatcher } from '../../../lib/match/compile';
import { rulesFromTerms } from '../../../lib/match/rules';
import { findMatches } from '../../../lib/match/scan';

/**
 * The one test that reads the real glossary. data/terms is written by other
 * people and may be empty or mid-edit, so this skips rather than fails when
 * there is nothing valid to read; the glossary's own tests report why.
 */
const root = join(import.meta.dirname, '../../..');
const readDir = (dir: string) => {
  const path = join(root, dir);
  const names = (() => {
    try {
      return readdirSync(path).filter((f) => f.endsWith('.json'));
    } catch {
      return [];
    }
  })();
  return names
    .sort()
    .map((f) => ({ file: `${dir}/${f}`, data: JSON.parse(readFileSync(join(path, f), 'utf8')) as unknown }));
};

const terms = readDir('data/terms');
const result = terms.length ? validateGlossary({ terms, sources: readDir('data/sources') }) : undefined;
const glossary = result?.ok ? result.glossary : undefined;

describe.skipIf(!glossary)('the matcher compiled from the bundled glossary', () => {
  const all = glossary?.terms ?? [];
  const matcher = compileMatcher(rulesFromTerms(all));

  it('survives a JSON round trip', () => {
    expect(JSON.parse(JSON.stringify(matcher))).toEqual(matcher);
  });

  it('finds every phrase and acronym as written, as the term that declares it', () => {
    const misses: string[] = [];
    for (const term of all) {
      for (const form of [...term.match.phrases, ...term.match.acronyms]) {
        const m = findMatches(matcher, form);
        const whole = m.length === 1 && m[0].start === 0 && m[0].end === form.length && m[0].termIds.includes(term.id);
        if (!whole) misses.push(`${term.id}: "${form}" → ${JSON.stringify(m)}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('reads the framework the 2025/26 planning guidance promised as that framework, not as the former body NHS Improvement', () => {
    const text = readFileSync('/work/shared/corpus/nhse_priorities_operational_planning_guidance_2025-26.md', 'utf8');
    const at = text.indexOf('NHS Improvement and Assessment Framework');
    const found = findMatches(matcher, text).find((m) => m.start === at);
    expect(found && text.slice(found.start, found.end)).toBe('NHS Improvement and Assessment Framework');
    expect(found?.termIds).toEqual(['nhs-improvement-and-assessment-framework']);
  });

  it('scans every corpus page without error', () => {
    const dir = '/work/shared/corpus';
    for (const f of readdirSync(dir).filter((n) => /\.(md|html)$/.test(n))) {
      expect(() => findMatches(matcher, readFileSync(join(dir, f), 'utf8'))).not.toThrow();
    }
  });
});
