// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../../../components/popup/Popup';
import type { Glossary } from '../../../../lib/glossary/validate';
import { glossary } from '../card/fixtures';

/** A glossary as long as the real one: the fixture's terms, copied under new names. */
const terms = Array.from({ length: 12 }, (_, copy) =>
  glossary.terms.map((t) => ({ ...t, id: `${t.id}-${copy}`, headword: `${t.headword} ${copy}` })),
).flat();
const long: Glossary = { ...glossary, terms, termsById: new Map(terms.map((t) => [t.id, t])) };

const listed = () => screen.getByRole('listbox', { name: 'Glossary terms' }).querySelectorAll('[role="option"]').length;

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('the popup’s A–Z list on a long glossary', () => {
  it('draws the first screenful with the popup and every term straight after', async () => {
    expect(terms.length).toBeGreaterThan(40);
    render(<Popup glossary={long} close={vi.fn()} />);
    expect(listed()).toBeLessThan(terms.length);
    expect(listed()).toBeGreaterThanOrEqual(10);
    await waitFor(() => expect(listed()).toBe(terms.length));
  });
});
