import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMatches } from '../../../lib/match/scan';
import { matcher } from './fixture-rules';

const CORPUS = '/work/shared/corpus';
const files = readdirSync(CORPUS).filter((f) => /\.(html|md)$/.test(f));
const read = (file: string) => readFileSync(join(CORPUS, file), 'utf8');

/** Text a reader could see, roughly: no scripts, styles or tags (so no attribute values such as __VIEWSTATE). */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, '\u00A0')
    .replace(/&amp;/g, '&');
}

describe('the matcher on real council and NHS pages', () => {
  it('has pages to read', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files)('scans %s without error, with well-formed matches', (file) => {
    const raw = read(file);
    const text = file.endsWith('.html') ? visibleText(raw) : raw;
    const matches = findMatches(matcher, text);
    let lastEnd = 0;
    for (const m of matches) {
      expect(m.start).toBeGreaterThanOrEqual(lastEnd);
      expect(m.end).toBeLessThanOrEqual(text.length);
      lastEnd = m.end;
    }
  });

  describe('Harborough CMIS search page (a false-positive trap)', () => {
    const raw = read('cmis_search_harborough_council_page1.html');

    it('does hide "ccg" and "icb" in its view state, so the test below means something', () => {
      const viewState = /id="__VIEWSTATE"[^>]*value="([^"]*)"/.exec(raw)?.[1] ?? '';
      expect(viewState).toMatch(/ccg/i);
      expect(viewState).toMatch(/icb/i);
    });

    it('has no ICB or CCG match in its visible text', () => {
      const text = visibleText(raw);
      const ids = findMatches(matcher, text).flatMap((m) => m.termIds);
      expect(ids).not.toContain('integrated-care-board');
      expect(ids).not.toContain('clinical-commissioning-group');
    });
  });

  describe('Leeds Community Healthcare board pack', () => {
    const text = read('lch_trust_board_public_papers_2025-09-04.md');
    const matches = findMatches(matcher, text);

    it('finds ICB, written on its own, many times', () => {
      const icb = matches.filter(
        (m) => m.termIds.includes('integrated-care-board') && text.slice(m.start, m.start + 3) === 'ICB',
      );
      expect(icb.length).toBeGreaterThan(10);
    });

    it('does not find ICB inside "WYICB"', () => {
      expect(text).toContain('WYICB');
      const inside = matches.filter((m) => text.slice(Math.max(0, m.start - 2), m.start) === 'WY');
      expect(inside).toEqual([]);
    });
  });
});
