import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveLocalTerms } from '../../../lib/local-terms/store';
import { saveSettings } from '../../../lib/settings/store';
import {
  checkImportText,
  checkImportValue,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  exportFileName,
  exportText,
  MAX_IMPORT_BYTES,
} from '../../../lib/settings/transfer';
import { PLACE_BOARD, VIRTUAL_WARD } from '../local-terms/fixtures';
import { AT, exportOf, type FileData, fileData, USED_SETTINGS } from './fixtures';
import { importText, storageSnapshot } from './import-helpers';

/** A valid file with one change made to its data, as JSON text. */
function broken(change: (data: FileData) => void): string {
  const data = fileData();
  change(data);
  return JSON.stringify(data);
}

const wordy = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

/** Each malformed file and the words its message must contain. */
const MALFORMED: Array<[string, () => string, RegExp]> = [
  ['text that is not JSON', () => 'format: scrutiny-lens-settings', /^The file is not JSON/],
  ['an empty file', () => '  \n', /^The file is empty\.$/],
  ['a 5 MB file', () => ' '.repeat(5_000_000), /^The file is 5\.0 MB; a settings file is at most 1\.0 MB/],
  ['a JSON list', () => '[]', /^The file holds a list, not a Scrutiny Lens settings file/],
  ['a JSON string', () => '"settings"', /^The file holds text, not a Scrutiny Lens settings file/],
  ['no format marker', () => broken((d) => delete d.format), /^format: the file has no "format"/],
  [
    'another format marker',
    () => broken((d) => (d.format = 'chrome-bookmarks')),
    /^format: the file says its format is "chrome-bookmarks"/,
  ],
  ['no version', () => broken((d) => delete d.version), /^version: is missing/],
  [
    'a version from a newer build',
    () => broken((d) => (d.version = 2)),
    /^version: the file is version 2, made by a newer Scrutiny Lens/,
  ],
  ['version 0', () => broken((d) => (d.version = 0)), /^version: must be a whole number from 1 to 1, not 0$/],
  [
    'a version written as text',
    () => broken((d) => (d.version = '1')),
    /^version: must be a whole number from 1 to 1, not "1"$/,
  ],
  [
    'an export date that is not a date',
    () => broken((d) => (d.exportedAt = 'yesterday')),
    /^exportedAt: must be a date and time/,
  ],
  ['no settings', () => broken((d) => delete d.settings), /^settings: is missing \(it must be an object/],
  ['no local terms', () => broken((d) => delete d.localTerms), /^localTerms: is missing \(it must be a list/],
  ['local terms that are not a list', () => broken((d) => (d.localTerms = {})), /^localTerms: must be a list/],
  [
    'a term without a definition',
    () => broken((d) => delete d.localTerms[0].definition),
    /^localTerms › #1 “Virtual ward” › definition: is missing/,
  ],
  [
    'a switch written as text',
    () => broken((d) => (d.settings.marks.historical = 'yes')),
    /^settings › marks\.historical: must be true or false$/,
  ],
  [
    'an unknown mark style',
    () => broken((d) => (d.settings.marks.style = 'sparkles')),
    /^settings › marks\.style: must be one of "underline", "tint", "both"/,
  ],
  [
    'an unknown category',
    () => broken((d) => d.settings.marks.categories.push('gossip')),
    /^settings › marks\.categories\.2: must be one of "plans-and-documents"/,
  ],
  [
    'an unknown top-level field',
    () => broken((d) => (d.theme = 'dark')),
    /^\(file\): has a field Scrutiny Lens does not know: "theme"$/,
  ],
  [
    'an unknown field in a term',
    () => broken((d) => (d.localTerms[1].html = '<b>x</b>')),
    /^localTerms › #2 “Place board”: has a field Scrutiny Lens does not know: "html"$/,
  ],
  [
    'an unknown field in the settings',
    () => broken((d) => (d.settings.marks.fontSize = 20)),
    /^settings › marks: has a field Scrutiny Lens does not know: "fontSize"$/,
  ],
  [
    'a __proto__ field',
    () => `{"__proto__":{"polluted":true},${JSON.stringify(fileData()).slice(1)}`,
    /^\(file\): has a field Scrutiny Lens does not know: "__proto__"$/,
  ],
  [
    'a bad host name',
    () => broken((d) => (d.settings.sites.added = ['not a host!'])),
    /^settings › sites\.added\.0: must be a host name .* \(found "not a host!"\)$/,
  ],
  [
    'an address where a host name belongs',
    () => broken((d) => (d.settings.sites.off = ['https://democracy.leeds.gov.uk/x'])),
    /^settings › sites\.off\.0: must be a host name .* \(found "https:\/\/democracy\.leeds\.gov\.uk\/x"\)$/,
  ],
  [
    'a host listed twice',
    () => broken((d) => d.settings.sites.off.push('democracy.leeds.gov.uk')),
    /^settings › sites\.off: "democracy\.leeds\.gov\.uk" is listed twice$/,
  ],
  [
    'a link that is not https',
    () => broken((d) => (d.localTerms[0].link.url = 'http://www.england.nhs.uk/virtual-wards/')),
    /^localTerms › #1 “Virtual ward” › link\.url: must start with https:\/\/ .*\(found "http:/,
  ],
  [
    'a javascript: link',
    () => broken((d) => (d.localTerms[0].link.url = 'javascript:alert(1)')),
    /› link\.url: must start with https:\/\/ .*\(found "javascript:alert\(1\)"\)$/,
  ],
  [
    'a link that is not an address',
    () => broken((d) => (d.localTerms[0].link.url = 'see the NHS website')),
    /› link\.url: must be a full web address/,
  ],
  [
    'a question without "?"',
    () => broken((d) => (d.localTerms[0].questions[1] = 'Tell us how often they are full')),
    /^localTerms › #1 “Virtual ward” › questions\.1: must end with "\?"/,
  ],
  [
    'a definition over the word limit',
    () => broken((d) => (d.localTerms[1].definition = wordy(200))),
    /^localTerms › #2 “Place board” › definition: has 200 words; keep it to 155/,
  ],
  [
    'a definition holding a script tag',
    () => broken((d) => (d.localTerms[1].definition = '<script>alert("hi")</script>')),
    /^localTerms › #2 “Place board” › definition: must be plain text: write "under" or "over" instead of < or >/,
  ],
  [
    'a headword holding HTML',
    () => broken((d) => (d.localTerms[1].headword = '<img src=x onerror=alert(1)>')),
    /^localTerms › #2 “<img src=x onerror=alert\(1\)>” › headword: must be plain text/,
  ],
  [
    'an empty headword',
    () => broken((d) => (d.localTerms[1].headword = ' ')),
    /^localTerms › #2 › headword: must not be empty/,
  ],
  [
    'a one-letter abbreviation',
    () => broken((d) => (d.localTerms[0].acronyms = ['V'])),
    /^localTerms › #1 “Virtual ward” › acronyms\.0: must be a short abbreviation/,
  ],
  [
    'a slug that is not kebab-case',
    () => broken((d) => (d.localTerms[0].slug = 'Virtual Ward')),
    /^localTerms › #1 “Virtual ward” › slug: must be kebab-case/,
  ],
  [
    'two terms with one id',
    () => broken((d) => (d.localTerms[1].slug = 'virtual-ward')),
    /^localTerms › #2 “Place board” › slug: "virtual-ward" is also the slug of #1 “Virtual ward”$/,
  ],
  [
    'two terms claiming one phrase',
    () => broken((d) => d.localTerms[1].phrases.push('Hospital-at-home')),
    /^localTerms › #2 “Place board” › phrases: "Hospital-at-home" is also claimed by #1 “Virtual ward”$/,
  ],
  [
    'two terms claiming one abbreviation',
    () => broken((d) => d.localTerms[1].acronyms.push('VW')),
    /^localTerms › #2 “Place board” › acronyms: "VW" is also claimed by #1 “Virtual ward”$/,
  ],
  [
    'a headword that is another term’s phrase',
    () => broken((d) => (d.localTerms[1].headword = 'Hospital at home')),
    /^localTerms › #2 “Hospital at home” › headword: "Hospital at home" is also claimed by #1/,
  ],
  [
    'too many terms',
    () =>
      broken(
        (d) =>
          (d.localTerms = Array.from({ length: 501 }, (_, i) => ({
            ...d.localTerms[1],
            slug: `t-${i}`,
            headword: `Board ${i}`,
          }))),
      ),
    /^localTerms: must hold at most 500 terms/,
  ],
];

describe('importing a malformed settings file', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await saveSettings(USED_SETTINGS);
    await saveLocalTerms([PLACE_BOARD]);
  });

  it.each(MALFORMED)('refuses %s, saying what is wrong, and changes nothing', async (_name, make, message) => {
    const before = await storageSnapshot();
    const { errors, result } = await importText(make());
    expect(result).toBeUndefined();
    expect(
      errors.some((e) => message.test(e)),
      errors.join('\n'),
    ).toBe(true);
    expect(await storageSnapshot()).toEqual(before);
  });

  it('gives every kind of mistake its own message', () => {
    const firstMessages = MALFORMED.map(([, make]) => {
      const check = checkImportText(make());
      return check.ok ? '(accepted)' : check.errors[0];
    });
    expect(new Set(firstMessages).size).toBe(MALFORMED.length);
  });

  it('lists every problem in a file at once, not only the first', () => {
    const check = checkImportText(
      broken((d) => {
        d.settings.marks.style = 'sparkles';
        d.localTerms[0].questions = ['No question mark'];
      }),
    );
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.errors).toHaveLength(2);
  });

  it('measures size before parsing, so a huge file is refused without being read as JSON', () => {
    const huge = `{"format":"${EXPORT_FORMAT}","pad":"${'x'.repeat(MAX_IMPORT_BYTES)}"}`;
    const check = checkImportText(huge);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.errors).toEqual([expect.stringMatching(/^The file is 1\.0 MB/)]);
  });

  it('counts bytes, not characters, against the size limit', () => {
    const check = checkImportText(`"${'é'.repeat(600_000)}"`);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.errors[0]).toMatch(/^The file is 1\.2 MB/);
  });
});

describe('a valid settings file', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('round-trips: what export writes, import reads back unchanged', () => {
    const file = exportOf(USED_SETTINGS, [VIRTUAL_WARD, PLACE_BOARD]);
    const check = checkImportText(exportText(file));
    expect(check).toEqual({ ok: true, file });
  });

  it('carries the format marker, the version and the time of export', () => {
    const file = exportOf();
    expect(file).toMatchObject({
      format: 'scrutiny-lens-settings',
      version: EXPORT_VERSION,
      exportedAt: AT.toISOString(),
    });
    expect(Object.keys(file)).toEqual(['format', 'version', 'exportedAt', 'settings', 'localTerms']);
  });

  it('is named after the day it was exported', () => {
    expect(exportFileName(AT)).toBe('scrutiny-lens-settings-2025-11-22.json');
  });

  it('keeps text that looks like markup or script as the very same text', async () => {
    const odd = {
      ...PLACE_BOARD,
      headword: 'javascript:alert(1)',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: text that looks like a template must stay text.
      definition: '&lt;img src=x onerror=alert(1)&gt; and {{constructor}} and ${document.cookie} stay words.',
      questions: ['Is &amp; the same as "and"?'],
    };
    const { errors } = await importText(exportText(exportOf(USED_SETTINGS, [odd])), 'replace');
    expect(errors).toEqual([]);
    expect(await fakeBrowser.storage.local.get('localTerms')).toEqual({ localTerms: [odd] });
  });

  it('accepts a file with host names in capitals and spaces, storing them tidied', () => {
    const check = checkImportValue({
      ...fileData(),
      settings: { ...USED_SETTINGS, sites: { off: [' Democracy.Leeds.GOV.uk '], added: [] } },
    });
    expect(check.ok && check.file.settings.sites.off).toEqual(['democracy.leeds.gov.uk']);
  });
});
