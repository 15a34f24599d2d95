import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import type { Source } from '../../../lib/glossary/schema';
import type { BasketQuestion, FieldValues } from '../../../lib/letters/model';
import type { LetterTemplate } from '../../../lib/letters/schema';
import { validateTemplates } from '../../../lib/letters/templates';

const root = join(import.meta.dirname, '../../..');

/** data/letters/*.json read from disk, as the build would bundle them. */
export function templateFilesOnDisk() {
  const dir = join(root, 'data/letters');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ file: `data/letters/${f}`, data: JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown }));
}

export function loadTemplates(): Map<string, LetterTemplate> {
  const result = validateTemplates(templateFilesOnDisk());
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return new Map(result.byId);
}

/** Every field filled from its own help example: the examples double as test data. */
export function exampleValues(t: LetterTemplate): FieldValues {
  const values: FieldValues = {};
  for (const f of t.fields) {
    if (f.kind === 'names') values[f.id] = f.example.split(';').map((s) => s.trim());
    else if (f.kind === 'choice')
      values[f.id] = f.options?.find((o) => o.label === f.example || o.value === f.example)?.value;
    else values[f.id] = f.example;
  }
  return values;
}

export const TODAY = new Date(2026, 10, 22);

export const SOURCES = new Map<string, Source>([
  [
    'si-2013-218-reg-26',
    {
      id: 'si-2013-218-reg-26',
      title: 'Health Scrutiny Regulations 2013, regulation 26',
      publisher: 'legislation.gov.uk',
      date: '2013-01-31',
      url: 'https://www.legislation.gov.uk/uksi/2013/218/regulation/26/made',
      archiveUrl: 'https://web.archive.org/web/2024/https://www.legislation.gov.uk/uksi/2013/218/regulation/26/made',
      kind: 'primary',
    },
  ],
  [
    'jfp-guidance',
    {
      id: 'jfp-guidance',
      title: 'Guidance on developing the joint forward plan',
      publisher: 'NHS England',
      date: '2022-12-23',
      url: 'https://www.england.nhs.uk/long-read/guidance-on-developing-the-joint-forward-plan/',
      archiveUrl:
        'https://web.archive.org/web/2023/https://www.england.nhs.uk/long-read/guidance-on-developing-the-joint-forward-plan/',
      kind: 'primary',
    },
  ],
]);

export const QUESTIONS: BasketQuestion[] = [
  {
    id: 'q1',
    text: 'Will the committee ask the ICB for its Joint Forward Plan and this year’s financial plan, and publish them?',
    termId: 'joint-forward-plan',
    sourceRefs: ['jfp-guidance'],
    source: {
      pageTitle: 'Board papers, 25 September 2026',
      pageUrl: 'https://www.example-icb.nhs.uk/board/2026-09.pdf',
      pdfPage: 14,
    },
  },
  {
    id: 'q2',
    text: 'Will the ICB’s chief finance officer attend to explain the savings plan?',
    sourceRefs: ['si-2013-218-reg-26'],
  },
];

/** Reads a .zip (a .docx is one) with nothing but node:zlib: end-of-central-directory, then each entry. */
export function unzip(bytes: Uint8Array): Map<string, Buffer> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file: no end-of-central-directory record');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const files = new Map<string, Buffer>();
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`bad central directory entry at ${p}`);
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    if (buf.readUInt32LE(localOffset) !== 0x04034b50) throw new Error(`bad local header for ${name}`);
    const dataStart = localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
    const data = buf.subarray(dataStart, dataStart + compressedSize);
    if (method === 0) files.set(name, Buffer.from(data));
    else if (method === 8) files.set(name, inflateRawSync(data));
    else throw new Error(`unsupported compression method ${method} for ${name}`);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return files;
}

/** The text of every <w:t> in a WordprocessingML part, XML entities decoded. */
export function wordTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeXml(m[1]));
}

export function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}
