// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { LetterBuilder } from '@/components/letter/LetterBuilder';
import { newLetter, previewText, SCRUTINY, TODAY, type, useCleanPage } from './helpers';

vi.mock('@/lib/glossary/data', () => import('./glossary-stub'));

useCleanPage();

const open = (templateId = SCRUTINY) =>
  render(<LetterBuilder initial={newLetter(templateId)} onHome={() => {}} today={TODAY} />);

describe('the letter form', () => {
  it('shows an unfilled field as a [placeholder] in the preview', () => {
    open();
    expect(previewText()).toContain("Dear [Chair's name],");
  });

  it('puts what the writer types into the preview at once', () => {
    open();
    type("Chair's name", 'Councillor Priya Shah');
    expect(previewText()).toContain('Dear Councillor Priya Shah,');
  });

  it('shows typed markup as text, never as elements', () => {
    open();
    type("Chair's name", '<img src=x onerror=alert(1)>');
    expect(previewText()).toContain('Dear <img src=x onerror=alert(1)>,');
    expect(screen.getByRole('article', { name: 'Your letter' }).querySelector('img')).toBeNull();
  });

  it('writes a choice into the letter as the option’s wording', () => {
    open();
    fireEvent.click(screen.getByLabelText('A joint committee of several councils'));
    expect(previewText()).toContain('the joint committee that carries out health scrutiny');
  });

  it('adds and removes an optional paragraph with its checkbox', () => {
    open();
    const box = screen.getByLabelText('Ask for formal recommendations (regulation 22)') as HTMLInputElement;
    expect(box.checked).toBe(true);
    expect(previewText()).toContain('formal recommendations to the ICB');
    fireEvent.click(box);
    expect(previewText()).not.toContain('formal recommendations to the ICB');
  });

  it('marks required fields and gives each a help text with an example', () => {
    open();
    const name = screen.getByLabelText(/^Chair's name/);
    expect(name.getAttribute('aria-required')).toBe('true');
    expect(screen.getByText(/^Chair's name/).textContent).toContain('(required)');
    const hint = document.getElementById(name.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toContain('For example: Councillor Priya Shah');
  });

  it('puts the "why this matters to you" field first, with a word on why', () => {
    open();
    const section = screen.getByRole('region', { name: 'In your own words' });
    expect(section.textContent).toContain('set aside identical campaign letters');
    const first = document.querySelector('.sl-letter-edit textarea, .sl-letter-edit input');
    expect(first?.id).toBe('field-why_it_matters');
  });

  it('uses the control that suits each kind of field', () => {
    open();
    expect((screen.getByLabelText(/^Next committee meeting/) as HTMLInputElement).type).toBe('date');
    expect((screen.getByLabelText(/^Your e-mail address/) as HTMLInputElement).type).toBe('email');
    expect(screen.getByLabelText(/^Your address/).tagName).toBe('TEXTAREA');
    expect(screen.getByRole('group', { name: /^Kind of committee/ })).toBeTruthy();
  });

  it('counts words against the limit on a public question', () => {
    open('public-question');
    type('Why you are asking', 'one two three');
    expect(screen.getByText(/^Words that count towards the limit: 3 of/)).toBeTruthy();
  });

  it('keeps what was typed when the writer changes the kind of letter', () => {
    open();
    type('Your name', 'Alex Morgan');
    fireEvent.change(screen.getByLabelText('Kind of letter'), { target: { value: 'foi-request' } });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/Freedom of Information/);
    expect(previewText()).toContain('Alex Morgan');
  });
});
