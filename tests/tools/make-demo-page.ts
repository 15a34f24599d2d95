/**
 * Builds tests/fixtures/pages/demo-health-scrutiny.html, the page `npm start`
 * opens: a council agenda item whose report extracts are real corpus text
 * (NHS England's 2025/26 planning guidance, the Leeds Health and Wellbeing
 * Strategy and the Leeds Community Healthcare board pack), chosen because they
 * are dense with the jargon a resident meets. Rebuild with:
 *   npx tsx tests/tools/make-demo-page.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { councilPage, escapeHtml } from '../harness/markdown-page';
import { CORPUS_DIR, FIXTURES_DIR } from '../harness/server';

const JARGON =
  /\b(ICBs?|operational plan|Better Care Fund|BCF|Health and Wellbeing Board|RTT|UEC|MHIS|Joint Forward Plan|neighbourhood health|system|provider collaborative|elective|Faster Diagnosis Standard|NHS England|ICS|place)\b/gi;

function paragraphs(file: string): string[] {
  return readFileSync(join(CORPUS_DIR, file), 'utf8')
    .split(/\n{2,}/)
    .map((p) =>
      p
        .replace(/\\([()[\]])/g, '$1')
        .replace(/\*\*/g, '')
        .replace(/^2025\/26 priorities and operational planning guidance\s*/gm, '')
        .trim(),
    )
    .filter((p) => p.length > 180 && p.length < 900 && !p.startsWith('|') && !p.startsWith('#'));
}

function densest(file: string, n: number): string[] {
  return paragraphs(file)
    .map((p, i) => ({ p, i, score: (p.match(JARGON) ?? []).length }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, n)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.p);
}

const sections: Array<[string, string, string[]]> = [
  [
    'NHS England: 2025/26 priorities and operational planning guidance',
    'nhse_priorities_operational_planning_guidance_2025-26.md',
    densest('nhse_priorities_operational_planning_guidance_2025-26.md', 5),
  ],
  [
    'Leeds Health and Wellbeing Strategy 2023–2030',
    'leeds_health_wellbeing_strategy_2023-2030.md',
    densest('leeds_health_wellbeing_strategy_2023-2030.md', 3),
  ],
  [
    'Leeds Community Healthcare NHS Trust: public board papers, 4 September 2025',
    'lch_trust_board_public_papers_2025-09-04.md',
    densest('lch_trust_board_public_papers_2025-09-04.md', 4),
  ],
];

const body = [
  '<p class="mgSubTitle">Scrutiny Board (Adults, Health and Active Lifestyles) · Agenda item 7 · Demonstration page</p>',
  '<p><strong>Purpose of report:</strong> to give members extracts of the national and local documents that set the NHS plans for the year, so that the Board can decide what further information to request.</p>',
  ...sections.flatMap(([heading, file, paras]) => [
    `<h2>${escapeHtml(heading)}</h2>`,
    `<p class="mgSmall">Extract from <code>${escapeHtml(file)}</code> in the project's corpus of real pages.</p>`,
    ...paras.map((p) => `<p>${escapeHtml(p)}</p>`),
  ]),
].join('\n');

const out = join(FIXTURES_DIR, 'demo-health-scrutiny.html');
writeFileSync(out, councilPage('NHS planning 2025/26: report extracts for the Scrutiny Board', body));
console.log(out);
