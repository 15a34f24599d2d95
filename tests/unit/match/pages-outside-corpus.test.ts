import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../lib/match/compile';
import { abbreviationDefinitions, PageDefinitions } from '../../../lib/match/definitions';
import { isNhsSite, namesTheNhs } from '../../../lib/match/nhs-pages';
import { rulesFromTerms } from '../../../lib/match/rules';
import { findMatches } from '../../../lib/match/scan';
import { rankSenses, senseCandidate } from '../../../lib/match/senses';
import { spelledOutSense } from '../../../lib/match/spelled-out';
import { bundledGlossaryForTests } from '../../harness/glossary';
import { PROJECT_ROOT } from '../../harness/server';

/**
 * The glossary's own match rules on real council and NHS pages that are not in
 * the corpus the project was built against (see the fixtures' README): what a
 * reader should see marked, and what they should not.
 */
const DIR = join(PROJECT_ROOT, 'tests/fixtures/outside-corpus');
const glossary = bundledGlossaryForTests();
const matcher = compileMatcher(rulesFromTerms(glossary.terms));

function page(prefix: string): { file: string; text: string } {
  const file = readdirSync(DIR).find((f) => f.startsWith(`${prefix}-`));
  if (!file) throw new Error(`no fixture ${prefix}-*.txt`);
  // The first line is the page's address, the second blank.
  return { file, text: readFileSync(join(DIR, file), 'utf8').split('\n').slice(2).join('\n') };
}

const termsOn = (prefix: string) => new Set(findMatches(matcher, page(prefix).text).flatMap((m) => m.termIds));

describe('pages outside the corpus: council business other than health', () => {
  it.each([
    ...['24', '25', '26', '27', '28', '29', '30', '31', '32', '33', '34'],
    // A parking penalty charge notice (PCN), a University Technical College (UTC), a Local Sustainable
    // Transport Fund, a budget gap, a tender, schools in special measures, growth, waste, a sewage treatment plant.
    ...['49', '50', '51', '53', '55', '56', '64', '65', '66'],
  ])('%s has no mark', (prefix) => {
    const { text } = page(prefix);
    expect(findMatches(matcher, text).map((m) => text.slice(m.start, m.end))).toEqual([]);
  });

  it('35, a council vision, marks only its "place-based partnerships"', () => {
    expect([...termsOn('35')]).toEqual(['place-based-partnership']);
  });

  it('54, a cabinet agenda, marks only its public question time', () => {
    expect([...termsOn('54')]).toEqual(['public-question']);
  });
});

describe('pages outside the corpus: health papers', () => {
  it.each([
    ['01', ['integrated-care-system', 'clinical-commissioning-group', 'substantial-development-or-variation']],
    ['01', ['joint-health-overview-and-scrutiny-committee', 'healthwatch']],
    ['02', ['integrated-care-system', 'integrated-care-board', 'nhs-england']],
    ['04', ['better-care-fund', 'clinical-commissioning-group', 'section-75-agreement']],
    ['06', ['commissioning-support-unit', 'integrated-care-board', 'health-and-wellbeing-board']],
    ['07', ['section-75-agreement', 'better-care-fund', 'integrated-care-board']],
    ['10', ['stp-footprint', 'five-year-forward-view', 'clinical-commissioning-group']],
    ['11', ['integrated-care-board']],
    ['12', ['joint-strategic-needs-assessment', 'joint-health-and-wellbeing-strategy', 'primary-care-trust']],
    ['13', ['quality-account', 'foundation-trust']],
    ['16', ['joint-health-overview-and-scrutiny-committee', 'sustainability-and-transformation-plan']],
    ['18', ['delayed-discharge']],
    ['19', ['joint-health-overview-and-scrutiny-committee']],
    ['22', ['foundation-trust']],
    ['36', ['integrated-care-board', 'nhs-england']],
    ['38', ['joint-health-overview-and-scrutiny-committee', 'integrated-care-strategy']],
    ['39', ['model-icb-blueprint', 'neighbourhood-health-centre', 'department-of-health-and-social-care']],
    ['40', ['ten-year-health-plan', 'healthwatch']],
    ['41', ['icb-clusters-and-mergers', 'strategic-commissioner']],
    ['42', ['joint-forward-plan', 'health-and-care-act-2022', 'joint-health-and-wellbeing-strategy']],
    ['44', ['quality-account', 'healthwatch']],
    ['46', ['multispecialty-community-provider', 'new-care-models-vanguard']],
    ['47', ['primary-care-network', 'stp-footprint']],
    ['52', ['nhs-continuing-healthcare']],
    ['57', ['health-overview-and-scrutiny-committee']],
    ['58', ['primary-care-network', 'unwarranted-variation']],
    ['60', ['urgent-and-emergency-care', 'clinical-commissioning-group']],
    ['61', ['integrated-care-strategy', 'integrated-care-partnership']],
    ['63', ['delayed-discharge', 'better-care-fund']],
    ['81', ['icb-annual-assessment', 'integrated-care-board', 'strategic-commissioner', 'ten-year-health-plan']],
    ['82', ['neighbourhood-health', 'ten-year-health-plan', 'integrated-care-board']],
  ] as const)('%s names %j', (prefix, ids) => {
    const found = termsOn(prefix);
    for (const id of ids) expect(found, id).toContain(id);
  });
});

describe('pages outside the corpus: an abbreviation reads as the page spelled it out', () => {
  const byId = new Map(glossary.terms.map((t) => [t.id, t]));

  /** The sense a card would put first for each STP mark on the page, with every occurrence marked. */
  function stpSenses(prefix: string, year: number): string[] {
    const { text } = page(prefix);
    const matches = findMatches(matcher, text);
    return matches.flatMap((m, i) => {
      if (m.termIds.length < 2 || !m.termIds.includes('sustainability-and-transformation-plan')) return [];
      const candidates = m.termIds.map((id) => senseCandidate(byId.get(id)!));
      const context = text.slice(Math.max(0, m.start - 1000), m.end + 1000);
      return [rankSenses(candidates, context, year, spelledOutSense(matches, i))[0]];
    });
  }

  // Minutes from 2016–17 that write out "Sustainability and Transformation Plan (STP)" and then use "STP" near
  // words of the later partnership (a programme board, a lead, a process).
  it.each([
    ['15', 2016],
    ['16', 2016],
    ['17', 2017],
    ['19', 2017],
  ] as const)('%s: every STP is the plan', (prefix, year) => {
    const senses = stpSenses(prefix, year);
    expect(senses.length).toBeGreaterThan(0);
    expect(new Set(senses)).toEqual(new Set(['sustainability-and-transformation-plan']));
  });

  it('47: the STP that a 2020 guide spells out after it, in brackets, is the partnership', () => {
    expect(stpSenses('47', 2020)).toEqual(['sustainability-and-transformation-partnership']);
  });
});

describe('pages outside the corpus: abbreviations the pages define', () => {
  const all = readdirSync(DIR).filter((f) => f.endsWith('.txt'));

  const defined = all.flatMap((file) => {
    const { text } = page(file.slice(0, 2));
    return abbreviationDefinitions(text, findMatches(matcher, text)).map(
      (d) => `${file.slice(0, 2)} ${d.key} ${d.ours}`,
    );
  });

  it('are defined in the glossary’s own words, but for Salford’s Integrated Children’s System (ICS), Wales’s Community Health Councils (CHC), the Patent Co-operation Treaty (PCT), clinical terms (procalcitonin, intracranial pressure, a liver condition of pregnancy) and the Scientist Training Programme (STP)', () => {
    expect(defined.length).toBeGreaterThan(20);
    expect(defined.filter((d) => d.endsWith('false'))).toEqual([
      '48 ICS false',
      '48 ICS false',
      '71 CHC false',
      '72 CHC false',
      '83 PCT false',
      '84 PCT false',
      '85 ICP false',
      '86 ICP false',
      '86 ICP false',
      '86 ICP false',
      '87 ICP false',
      '89 STP false',
      '89 STP false',
    ]);
  });
});

/** What the lens marks once it has read the whole page: the matches less those the page defines otherwise. */
function marked(prefix: string) {
  const { text } = page(prefix);
  const matches = findMatches(matcher, text);
  const definitions = new PageDefinitions();
  definitions.note(text, matches);
  return matches.filter((m) => !definitions.definesOtherwise(text, m.start, m.end));
}

describe('pages outside the corpus: a section 75 of another law', () => {
  it.each([
    ['67', 'Stirling: developer contributions under the Town and Country Planning (Scotland) Act 1997'],
    ['68', 'North Lanarkshire: legal agreements, headed "Section 75 Agreements" before the Act is named'],
    ['69', 'Belfast: the equality scheme under the Northern Ireland Act 1998'],
    ['70', 'Lisburn and Castlereagh: the equality duties, their Act named without its year'],
  ])('%s, %s, has no mark', (prefix) => {
    const { text } = page(prefix);
    expect(findMatches(matcher, text).length).toBeGreaterThan(0);
    expect(marked(prefix).map((m) => text.slice(m.start, m.end))).toEqual([]);
  });
});

describe('pages outside the corpus: Wales’s Community Health Councils (CHC)', () => {
  it.each([
    ['71', 'NHS 111 Wales: "Community Health Councils (CHCs)"'],
    ['72', 'Hywel Dda: "Hywel Dda Community Health Council (CHC)"'],
  ])('%s, %s, marks the councils and no CHC, which the glossary reads as continuing healthcare', (prefix) => {
    const terms = marked(prefix).flatMap((m) => m.termIds);
    expect(terms.length).toBeGreaterThan(0);
    expect(new Set(terms)).toEqual(new Set(['community-health-councils-and-links']));
  });
});

describe('pages outside the corpus: what the pages’ own definitions take away', () => {
  it('are only Salford’s ICS, the Scottish and Northern Irish section 75, the Welsh CHC, the patent treaty, the clinical terms and the training programme: every other page keeps every mark', () => {
    const lost = readdirSync(DIR)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => f.slice(0, 2))
      .filter((prefix) => marked(prefix).length < findMatches(matcher, page(prefix).text).length);
    expect(lost).toEqual(['48', '67', '68', '69', '70', '71', '72', '83', '84', '85', '86', '87', '89']);
  });
});

describe('pages outside the corpus: health papers from Scotland and Wales, under gov.uk and moderngov.co.uk', () => {
  it.each([
    ['73', 'Scottish Borders: an Integration Joint Board set up'],
    [
      '75',
      'Denbighshire: pooled budgets and a Regional Partnership Board under the Social Services and Well-being (Wales) Act 2014',
    ],
    [
      '76',
      'East Ayrshire: an Integration Joint Board’s budget, its Integrated Care Fund and its set-aside hospital budget',
    ],
    ['77', 'Flintshire: a Social & Health Care Overview & Scrutiny Committee on a Regional Partnership Board’s plan'],
    ['78', 'Bridgend: a health board boundary moved between two university health boards'],
  ])('%s, %s, has no mark', (prefix) => {
    const { text } = page(prefix);
    expect(findMatches(matcher, text).map((m) => text.slice(m.start, m.end))).toEqual([]);
  });

  it('74, Aberdeenshire’s Integration Joint Board, marks only its exempt information, a card that names England’s rules as England’s', () => {
    expect([...termsOn('74')]).toEqual(['exempt-information']);
  });
});

describe('pages outside the corpus: patient pages on nhs.uk', () => {
  it('79, a hospital trust’s "where to go for care", marks only A&E', () => {
    expect([...termsOn('79')]).toEqual(['accident-and-emergency']);
  });

  it('80, a GP practice’s guide to services, has no mark', () => {
    const { text } = page('80');
    expect(findMatches(matcher, text).map((m) => text.slice(m.start, m.end))).toEqual([]);
  });
});

describe('pages outside the corpus: the Patent Co-operation Treaty (PCT) on ipo.gov.uk', () => {
  it('83 has no mark: the page spells PCT out, as a compound word, and the glossary’s PCT is a primary care trust', () => {
    const { text } = page('83');
    expect(findMatches(matcher, text).length).toBeGreaterThan(0);
    expect(marked('83').map((m) => text.slice(m.start, m.end))).toEqual([]);
  });
});

describe('pages outside the corpus: NHS pages that spell out an NHS abbreviation as something else', () => {
  it.each([
    ['84', 'a pathology test, "Procalcitonin (PCT)", one word giving all three letters'],
    ['85', 'a medical physics service, "Intracranial Pressure (ICP) monitor"'],
    ['86', 'a children’s hospital leaflet, "intracranial pressure (ICP) monitoring"'],
    ['87', 'an ICB’s clinical guidance, "Intrahepatic cholestasis of pregnancy (ICP)"'],
  ])('%s, %s, has no mark', (prefix) => {
    const { text } = page(prefix);
    expect(findMatches(matcher, text).length).toBeGreaterThan(0);
    expect(marked(prefix).map((m) => text.slice(m.start, m.end))).toEqual([]);
  });

  it('89, the Scientist Training Programme (STP) of 2011, marks the trusts and the strategic health authorities it names, and no STP', () => {
    expect(new Set(marked('89').flatMap((m) => m.termIds))).toEqual(
      new Set(['nhs-trust', 'strategic-health-authority']),
    );
  });
});

describe('pages outside the corpus: a hash named by its version', () => {
  it('88, NHS Digital’s "SHA-256 hash" of each release file, has no mark: SHA there is no strategic health authority', () => {
    const { text } = page('88');
    expect(findMatches(matcher, text).map((m) => text.slice(m.start, m.end))).toEqual([]);
  });
});

describe('pages outside the corpus: a phrase other parts of government use too', () => {
  const nhsPagesOnly = new Set(glossary.terms.filter((t) => t.match.nhsPagesOnly).map((t) => t.id));

  it('90, the Department for Education’s guidance on early career teachers, holds only "lead provider" and does not name the NHS, so has no mark', () => {
    const { text } = page('90');
    const terms = new Set(findMatches(matcher, text).flatMap((m) => m.termIds));
    expect([...terms]).toEqual(['lead-provider']);
    expect([...terms].every((id) => nhsPagesOnly.has(id))).toBe(true);
    expect(namesTheNhs(text)).toBe(false);
  });

  it('every health page among them (01–23, 36–47 but Wales’s 45, 52, 57–63, 79–82, 84–89) names the NHS or is on an nhs.uk site, where such a term is marked', () => {
    const health = readdirSync(DIR)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => f.slice(0, 2))
      .filter((p) => {
        const n = Number(p);
        return (
          n <= 23 ||
          (n >= 36 && n <= 47 && n !== 45) ||
          n === 52 ||
          (n >= 57 && n <= 63) ||
          (n >= 79 && n <= 89 && n !== 83)
        );
      });
    expect(health.length).toBe(23 + 11 + 1 + 7 + 10);
    const host = (prefix: string) => {
      const file = readdirSync(DIR).find((f) => f.startsWith(`${prefix}-`)) as string;
      return new URL(
        readFileSync(join(DIR, file), 'utf8')
          .split('\n')[0]
          .replace(/^URL: /, ''),
      ).hostname;
    };
    expect(health.filter((p) => !isNhsSite(host(p)) && !namesTheNhs(page(p).text))).toEqual([]);
  });
});
