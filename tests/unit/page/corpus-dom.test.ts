// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findMatches } from '../../../lib/match/scan';
import { textBlocks } from '../../../lib/page/text-blocks';
import { matcher } from '../match/fixture-rules';

/** Parses a saved page inertly (a template's content loads no stylesheets and runs no scripts). */
function inert(file: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = readFileSync(`/work/shared/corpus/${file}`, 'utf8');
  return template.content;
}

describe('saved pages read as a browser would show them', () => {
  it('Harborough CMIS search: no ICB or CCG anywhere in the text blocks, although its view state spells both', () => {
    const ids = [...textBlocks(inert('cmis_search_harborough_council_page1.html'))].flatMap((b) =>
      findMatches(matcher, String(b.text)).flatMap((m) => m.termIds),
    );
    expect(ids).not.toContain('integrated-care-board');
    expect(ids).not.toContain('clinical-commissioning-group');
  });

  it('ICS metrics guide: finds ICS, CCG and STP inside its HTML tables', () => {
    const found = new Set(
      [...textBlocks(inert('nhse_ics_system_metrics_reference_guide.md'))].flatMap((b) =>
        findMatches(matcher, String(b.text)).flatMap((m) => m.termIds),
      ),
    );
    expect([...found]).toEqual(
      expect.arrayContaining(['integrated-care-system', 'clinical-commissioning-group', 'stp-plan']),
    );
  });
});
