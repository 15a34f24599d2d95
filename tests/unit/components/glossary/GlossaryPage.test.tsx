// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GlossaryPage } from '../../../../components/glossary/GlossaryPage';
import { glossary } from '../card/fixtures';

const entryIds = () => [...document.querySelectorAll('.sl-glossary__entry')].map((e) => e.id);
const choose = (label: string, value: string) =>
  fireEvent.change(screen.getByRole('combobox', { name: label }), { target: { value } });

beforeEach(() => {
  history.replaceState(null, '', '/glossary.html');
});
afterEach(cleanup);

describe('the glossary page', () => {
  it('shows every term A–Z under letter headings', () => {
    render(<GlossaryPage glossary={glossary} />);
    expect(entryIds()).toEqual([
      'abolition-of-nhs-england',
      'clinical-commissioning-group',
      'integrated-care-board',
      'integrated-care-partnership',
      'integrated-care-provider',
    ]);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['A', 'C', 'I']);
    expect(screen.getByText(`${glossary.terms.length} terms`)).toBeTruthy();
  });

  it('shows each entry in full, detail included', () => {
    render(<GlossaryPage glossary={glossary} />);
    expect(screen.getByText('More about Integrated Care Board.').closest('[hidden]')).toBeNull();
  });

  it('filters by category', () => {
    render(<GlossaryPage glossary={glossary} />);
    choose('Category', 'money');
    expect(entryIds()).toEqual([]);
    expect(screen.getByText(/No terms match/)).toBeTruthy();
    expect(screen.getByText(`0 of ${glossary.terms.length} terms`)).toBeTruthy();
  });

  it('filters by era', () => {
    render(<GlossaryPage glossary={glossary} />);
    choose('Era', 'historical');
    expect(entryIds()).toEqual(['clinical-commissioning-group', 'integrated-care-provider']);
  });

  it('searches with the same search as the popup, best match first', () => {
    render(<GlossaryPage glossary={glossary} />);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search the glossary' }), {
      target: { value: 'clinical comissioning' },
    });
    expect(entryIds()[0]).toBe('clinical-commissioning-group');
  });

  it('starts with the search it was opened with', () => {
    render(<GlossaryPage glossary={glossary} initialQuery="CCG" />);
    expect((screen.getByRole('searchbox', { name: 'Search the glossary' }) as HTMLInputElement).value).toBe('CCG');
    expect(entryIds()[0]).toBe('clinical-commissioning-group');
  });

  it('combines the search with the filters', () => {
    render(<GlossaryPage glossary={glossary} />);
    choose('Era', 'current');
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search the glossary' }), { target: { value: 'ICP' } });
    expect(entryIds()[0]).toBe('integrated-care-partnership');
    expect(entryIds()).not.toContain('integrated-care-provider');
  });

  describe('deep links', () => {
    it('focuses the entry the address names when the page opens', async () => {
      history.replaceState(null, '', '/glossary.html#integrated-care-board');
      render(<GlossaryPage glossary={glossary} />);
      await waitFor(() => expect(document.activeElement?.id).toBe('integrated-care-board'));
    });

    it('follows a change of address on the open page', async () => {
      render(<GlossaryPage glossary={glossary} />);
      location.hash = '#clinical-commissioning-group';
      await waitFor(() => expect(document.activeElement?.id).toBe('clinical-commissioning-group'));
    });

    it('clears filters that hide the linked entry', async () => {
      render(<GlossaryPage glossary={glossary} />);
      choose('Era', 'historical');
      location.hash = '#integrated-care-board';
      await waitFor(() => expect(document.activeElement?.id).toBe('integrated-care-board'));
      expect((screen.getByRole('combobox', { name: 'Era' }) as HTMLSelectElement).value).toBe('all');
    });

    it('ignores an address that names no term', async () => {
      history.replaceState(null, '', '/glossary.html#no-such-term');
      render(<GlossaryPage glossary={glossary} />);
      await new Promise((r) => setTimeout(r, 20));
      expect(document.activeElement).toBe(document.body);
      expect(entryIds()).toHaveLength(glossary.terms.length);
    });
  });
});
