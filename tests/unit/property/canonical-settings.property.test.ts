import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../lib/glossary/schema';
import { isCanonicalSettings } from '../../../lib/settings/canonical';
import { DEFAULT_SETTINGS, DENSITIES, MARK_COLOURS, MARK_STYLES, settingsSchema } from '../../../lib/settings/schema';

/**
 * The content script trusts settings that pass the quick check without the
 * schema. So whatever the quick check accepts, the schema must accept, and
 * return unchanged.
 */

const host = fc.oneof(
  fc.domain(),
  fc.constantFrom('democracy.leeds.gov.uk', ' Leeds.gov.uk ', 'LEEDS.GOV.UK', '-bad-.uk', 'a..b', '', 'x'.repeat(254)),
);
const nearlySettings = fc.record(
  {
    sites: fc.record(
      { off: fc.array(host, { maxLength: 4 }), added: fc.array(host, { maxLength: 4 }), extra: fc.anything() },
      { requiredKeys: [] },
    ),
    marks: fc.record(
      {
        style: fc.oneof(fc.constantFrom(...MARK_STYLES), fc.string()),
        colours: fc.oneof(fc.constantFrom(...MARK_COLOURS), fc.string()),
        density: fc.oneof(fc.constantFrom(...DENSITIES), fc.string()),
        categories: fc.array(fc.oneof(fc.constantFrom(...CATEGORIES), fc.string()), { maxLength: 8 }),
        historical: fc.oneof(fc.boolean(), fc.anything()),
        badge: fc.oneof(fc.boolean(), fc.anything()),
        extra: fc.anything(),
      },
      { requiredKeys: ['style', 'colours', 'density', 'categories', 'historical', 'badge'] },
    ),
    extra: fc.anything(),
  },
  { requiredKeys: ['sites', 'marks'] },
);

describe('the quick check of stored settings', () => {
  it('accepts only what the schema accepts unchanged', () => {
    fc.assert(
      fc.property(fc.oneof(nearlySettings, fc.anything()), (value) => {
        if (!isCanonicalSettings(value)) return;
        const parsed = settingsSchema.safeParse(value);
        expect(parsed.success).toBe(true);
        expect(parsed.data).toEqual(value);
      }),
      { numRuns: 5000 },
    );
  });

  it('accepts the defaults and settings as saved, so the content script skips the schema for them', () => {
    expect(isCanonicalSettings(DEFAULT_SETTINGS)).toBe(true);
    const saved = settingsSchema.parse({
      sites: { off: ['democracy.leeds.gov.uk'], added: ['example.org'] },
      marks: { ...DEFAULT_SETTINGS.marks, density: 'every', categories: [CATEGORIES[0]] },
    });
    expect(isCanonicalSettings(saved)).toBe(true);
  });

  it('leaves to the schema a host name it would tidy, an unknown key and a missing one', () => {
    const tidy = { ...DEFAULT_SETTINGS, sites: { off: [' Leeds.gov.uk'], added: [] } };
    expect(isCanonicalSettings(tidy)).toBe(false);
    expect(isCanonicalSettings({ ...DEFAULT_SETTINGS, theme: 'dark' })).toBe(false);
    expect(isCanonicalSettings({ sites: DEFAULT_SETTINGS.sites })).toBe(false);
  });
});
