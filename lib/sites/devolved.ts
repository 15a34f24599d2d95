/**
 * Sites of Scotland, Wales and Northern Ireland inside the default patterns.
 * gov.uk and nhs.uk take in their councils, NHS bodies and departments, but
 * the glossary explains the NHS in England: there "section 75" is another
 * law, "CHC" another body, the "Department of Health" another department,
 * and integration joint boards and health boards stand where ICBs do here.
 * So on these sites the lens starts off, and the reader may switch it on.
 */

import { bareHost, isDefaultSite, isHostUnder } from './defaults';

export type Nation = 'Scotland' | 'Wales' | 'Northern Ireland';

/** NHS domains of a nation: every host under them. */
const NHS_SUFFIXES: ReadonlyArray<readonly [string, Nation]> = [
  ['scot.nhs.uk', 'Scotland'],
  ['wales.nhs.uk', 'Wales'],
];

/**
 * Councils and governments by the label before ".gov.uk"; a council's ModernGov site usually takes the
 * same label before ".moderngov.co.uk", and a few take another (listed too).
 */
// biome-ignore format: one label per line would bury the lists
const LABELS: Record<Nation, readonly string[]> = {
  Scotland: [
    'aberdeencity', 'aberdeenshire', 'angus', 'argyll-bute', 'clacks', 'cne-siar', 'dumgal', 'dundeecity',
    'east-ayrshire', 'eastdunbarton', 'eastlothian', 'eastrenfrewshire', 'edinburgh', 'falkirk', 'fife', 'glasgow',
    'highland', 'inverclyde', 'midlothian', 'moray', 'north-ayrshire', 'northlanarkshire', 'orkney', 'pkc',
    'renfrewshire', 'scotborders', 'scottishborders', 'shetland', 'south-ayrshire', 'southlanarkshire', 'stirling',
    'west-dunbarton', 'westlothian',
    // The Scottish Government's address until 2015; its archived pages are still read.
    'scotland',
  ],
  Wales: [
    'anglesey', 'blaenau-gwent', 'bridgend', 'caerphilly', 'cardiff', 'carmarthenshire', 'ceredigion', 'conwy',
    'denbighshire', 'flintshire', 'gwynedd', 'merthyr', 'monmouthshire', 'newport', 'npt', 'pembrokeshire', 'powys',
    'rctcbc', 'swansea', 'torfaen', 'valeofglamorgan', 'wrexham',
    // The Welsh Government's address until 2017.
    'wales',
  ],
  'Northern Ireland': [
    'antrimandnewtownabbey', 'ardsandnorthdown', 'armaghbanbridgecraigavon', 'belfastcity', 'causewaycoastandglens',
    'lisburncastlereagh', 'midandeastantrim', 'nidirect', 'niassembly', 'northernireland',
  ],
};

const NATION_OF_LABEL = new Map<string, Nation>(
  (Object.entries(LABELS) as Array<[Nation, readonly string[]]>).flatMap(([nation, labels]) =>
    labels.map((label) => [label, nation] as const),
  ),
);

/** The label just before `suffix` in `host` ("democracy.npt.gov.uk" → "npt"), or undefined. */
function labelBefore(host: string, suffix: string): string | undefined {
  if (!host.endsWith(`.${suffix}`)) return undefined;
  const rest = host.slice(0, -suffix.length - 1);
  return rest.slice(rest.lastIndexOf('.') + 1);
}

/** The nation a default-site host belongs to, when it is not England (or the UK as a whole). */
export function nationOf(hostname: string): Nation | undefined {
  const host = bareHost(hostname);
  for (const [suffix, nation] of NHS_SUFFIXES) if (isHostUnder(host, suffix)) return nation;
  const gov = labelBefore(host, 'gov.uk');
  // The Northern Ireland Executive's departments: health-ni.gov.uk, economy-ni.gov.uk and the rest.
  if (gov?.endsWith('-ni')) return 'Northern Ireland';
  const label = gov ?? labelBefore(host, 'moderngov.co.uk');
  return label === undefined ? undefined : NATION_OF_LABEL.get(label);
}

/** A default site in England (or of the UK as a whole): where the viewer opens the site's PDFs unasked, if the reader chose that. */
export function isEnglishDefaultSite(hostname: string): boolean {
  return isDefaultSite(hostname) && !nationOf(hostname);
}
