// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../../../components/popup/Popup';
import { glossary } from '../card/fixtures';

const searchBox = () => screen.getByRole('combobox', { name: 'Search the glossary' });
/** The options of the search's own listbox (the category select has options too). */
const options = () => [
  ...(document
    .getElementById(searchBox().getAttribute('aria-controls') ?? '')
    ?.querySelectorAll<HTMLElement>('[role="option"]') ?? []),
];
const activeOption = () => {
  const id = searchBox().getAttribute('aria-activedescendant');
  return id ? document.getElementById(id) : null;
};
const type = (text: string) => fireEvent.input(searchBox(), { target: { value: text } });
const press = (key: string) => fireEvent.keyDown(searchBox(), { key });

beforeEach(() => {
  fakeBrowser.reset();
  render(<Popup glossary={glossary} close={vi.fn()} />);
});
afterEach(cleanup);

describe('the popup search', () => {
  it('has the search box focused on open', () => {
    expect(document.activeElement).toBe(searchBox());
  });

  it('lists every term A–Z while nothing is typed', () => {
    const list = screen.getByRole('listbox', { name: 'Glossary terms' });
    expect(list.querySelectorAll('[role="option"]')).toHaveLength(glossary.terms.length);
    expect(options()[0].textContent).toMatch(/^Abolition of NHS England/);
  });

  it('updates the results on every keystroke', () => {
    type('c');
    const afterOne = options().length;
    type('cl');
    expect(screen.getByRole('listbox', { name: 'Search results' })).toBeTruthy();
    expect(options()[0].textContent).toMatch(/^Clinical Commissioning Group/);
    expect(options().length).toBeLessThanOrEqual(afterOne);
  });

  it('moves through the options with the arrow keys, keeping focus in the search box', () => {
    type('integrated');
    expect(activeOption()).toBeNull();
    press('ArrowDown');
    expect(activeOption()).toBe(options()[0]);
    expect(options()[0].getAttribute('aria-selected')).toBe('true');
    press('ArrowDown');
    expect(activeOption()).toBe(options()[1]);
    press('ArrowUp');
    expect(activeOption()).toBe(options()[0]);
    expect(document.activeElement).toBe(searchBox());
  });

  it('stops at the ends of the list', () => {
    type('integrated');
    const count = options().length;
    for (let i = 0; i < count + 3; i++) press('ArrowDown');
    expect(activeOption()).toBe(options()[count - 1]);
    for (let i = 0; i < count + 3; i++) press('ArrowUp');
    expect(activeOption()).toBe(options()[0]);
  });

  it('opens the active option with Enter, and goes back to the same search', () => {
    type('integrated');
    press('ArrowDown');
    press('ArrowDown');
    const chosen = activeOption()?.querySelector('.sl-option__headword')?.textContent;
    press('Enter');
    expect(screen.getByRole('heading', { level: 2, name: chosen })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Back to search/ }));
    expect((searchBox() as HTMLInputElement).value).toBe('integrated');
    expect(activeOption()?.querySelector('.sl-option__headword')?.textContent).toBe(chosen);
    expect(document.activeElement).toBe(searchBox());
  });

  it('opens the first result with Enter when no option is active', () => {
    type('CCG');
    press('Enter');
    expect(screen.getByRole('heading', { level: 2, name: 'Clinical Commissioning Group' })).toBeTruthy();
  });

  it('opens a term from a click on its option', () => {
    type('ICB');
    fireEvent.click(options()[0]);
    expect(screen.getByRole('heading', { level: 2, name: 'Integrated Care Board' })).toBeTruthy();
  });

  it('clears the search with Escape', () => {
    type('ICB');
    press('Escape');
    expect((searchBox() as HTMLInputElement).value).toBe('');
    expect(screen.getByRole('listbox', { name: 'Glossary terms' })).toBeTruthy();
  });

  it('says so when nothing matches, and hides the empty list', () => {
    type('xylophone');
    expect(screen.getByText(/No terms match “xylophone”/)).toBeTruthy();
    expect(options()).toHaveLength(0);
    expect(searchBox().getAttribute('aria-expanded')).toBe('false');
  });

  it('jumps to the first term under a letter', () => {
    fireEvent.click(screen.getByRole('button', { name: 'Terms starting with I' }));
    expect(activeOption()?.textContent).toMatch(/^Integrated Care Board/);
  });

  it('cannot jump to a letter with no terms', () => {
    expect((screen.getByRole('button', { name: 'No terms starting with Z' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('narrows the list to one category', () => {
    fireEvent.change(screen.getByRole('combobox', { name: 'Category' }), { target: { value: 'money' } });
    expect(options()).toHaveLength(0);
    expect(screen.getByText('No terms in this category.')).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Category' }), {
      target: { value: 'bodies-and-structures' },
    });
    expect(options()).toHaveLength(glossary.terms.length);
  });
});
