// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { otherSensesOf } from '../../../../components/card/other-senses';
import { TermCard } from '../../../../components/card/TermCard';
import {
  ccg,
  glossary,
  hca2022,
  icb,
  icpPartnership,
  icpProvider,
  makeGlossary,
  makeTerm,
  proposedAbolition,
} from './fixtures';

afterEach(cleanup);

describe('TermCard', () => {
  describe('the era line', () => {
    it('says a historical term was replaced, by what and when', () => {
      render(<TermCard term={ccg} glossary={glossary} />);
      expect(screen.getByText(/replaced by/).textContent).toBe(
        'Historical: replaced by Integrated Care Board on 1 July 2022.',
      );
    });

    it('gives only the month or year when that is all the glossary knows', () => {
      render(<TermCard term={icpProvider} glossary={glossary} />);
      expect(screen.getByText(/Historical/).closest('p')?.textContent).toBe('Historical: ended in 2019.');
    });

    it('says a proposed term is proposed, with its note', () => {
      render(<TermCard term={proposedAbolition} glossary={glossary} />);
      expect(screen.getByText(/Proposed/).closest('p')?.textContent).toBe(
        'Proposed: not in force yet. Announced in March 2025.',
      );
    });

    it('says nothing loud about a current term', () => {
      const { container } = render(<TermCard term={icb} glossary={glossary} />);
      expect(container.textContent).not.toMatch(/Historical|Proposed/);
    });
  });

  it('shows the headword as the heading named by headingId, with its abbreviation', () => {
    render(<TermCard term={icb} glossary={glossary} headingId="card-title" />);
    const heading = screen.getByRole('heading', { level: 2, name: 'Integrated Care Board' });
    expect(heading.id).toBe('card-title');
    expect(screen.getByText('ICB')).toBeTruthy();
  });

  it('keeps the detail behind "More" until asked', () => {
    render(<TermCard term={icb} glossary={glossary} />);
    const more = screen.getByRole('button', { name: 'More' });
    expect(screen.getByText('More about Integrated Care Board.').closest('[hidden]')).not.toBeNull();
    fireEvent.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('More about Integrated Care Board.').closest('[hidden]')).toBeNull();
  });

  it('links each source, and its archived copy, in a new tab without a referrer', () => {
    render(<TermCard term={icb} glossary={glossary} />);
    const source = screen.getByRole('link', { name: 'Health and Care Act 2022' });
    const archive = screen.getByRole('link', { name: 'archived copy of Health and Care Act 2022' });
    expect(source.getAttribute('href')).toBe(hca2022.url);
    expect(archive.getAttribute('href')).toBe(hca2022.archiveUrl);
    for (const link of [source, archive]) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(screen.getByText(/UK Parliament, 28 April 2022/)).toBeTruthy();
  });

  describe('other senses of an abbreviation', () => {
    it('offers the other meanings of ICP, and switches to one when chosen', () => {
      const onChooseSense = vi.fn();
      render(
        <TermCard
          term={icpPartnership}
          glossary={glossary}
          otherSenses={otherSensesOf(icpPartnership, glossary)}
          onChooseSense={onChooseSense}
        />,
      );
      expect(screen.getByText('ICP can also mean:')).toBeTruthy();
      fireEvent.click(screen.getByRole('button', { name: 'Integrated Care Provider' }));
      expect(onChooseSense).toHaveBeenCalledWith(icpProvider);
    });

    it('shows no sense list for a term with one meaning', () => {
      render(<TermCard term={icb} glossary={glossary} otherSenses={otherSensesOf(icb, glossary)} />);
      expect(screen.queryByText(/can also mean/)).toBeNull();
    });
  });

  describe('questions', () => {
    it('adds a question to the letter and confirms it', () => {
      const onAddQuestion = vi.fn();
      render(<TermCard term={icb} glossary={glossary} onAddQuestion={onAddQuestion} />);
      const [first] = screen.getAllByRole('button', { name: 'Add to my letter' });
      fireEvent.click(first);
      expect(onAddQuestion).toHaveBeenCalledExactlyOnceWith(icb.questions[0], icb);
      expect(screen.getAllByRole('button', { name: 'Added' })).toHaveLength(1);
      expect(screen.getByRole('status').textContent).toBe('Added to your letter');
    });

    it('adds a question once however often "Added" is pressed', () => {
      const onAddQuestion = vi.fn();
      render(<TermCard term={icb} glossary={glossary} onAddQuestion={onAddQuestion} />);
      const [first] = screen.getAllByRole('button', { name: 'Add to my letter' });
      fireEvent.click(first);
      fireEvent.click(first);
      expect(onAddQuestion).toHaveBeenCalledTimes(1);
    });

    it('offers no "Add to my letter" without somewhere to add it', () => {
      render(<TermCard term={icb} glossary={glossary} />);
      expect(screen.queryByRole('button', { name: 'Add to my letter' })).toBeNull();
    });

    it('copies a question to the clipboard', async () => {
      const writeText = vi.fn().mockResolvedValue(undefined);
      vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
      render(<TermCard term={icb} glossary={glossary} />);
      fireEvent.click(screen.getAllByRole('button', { name: 'Copy' })[1]);
      expect(writeText).toHaveBeenCalledWith(icb.questions[1].text);
      await screen.findByRole('button', { name: 'Copied' });
      vi.unstubAllGlobals();
    });

    it('says how to copy by hand when the browser refuses', async () => {
      const writeText = vi.fn().mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
      vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
      render(<TermCard term={icb} glossary={glossary} />);
      fireEvent.click(screen.getAllByRole('button', { name: 'Copy' })[0]);
      await screen.findByText(/copy it with Ctrl\+C/);
      vi.unstubAllGlobals();
    });

    it('names who can answer each question', () => {
      render(<TermCard term={icb} glossary={glossary} />);
      expect(screen.getByText('Who can answer: the integrated care board (ICB) and your MP')).toBeTruthy();
    });
  });

  it('opens the glossary at this term', () => {
    const onOpenGlossary = vi.fn();
    render(<TermCard term={icb} glossary={glossary} onOpenGlossary={onOpenGlossary} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open in glossary' }));
    expect(onOpenGlossary).toHaveBeenCalledWith('integrated-care-board');
  });

  describe('hostile text', () => {
    const hostile = makeTerm({
      id: 'hostile',
      headword: '<img src=x onerror="window.pwned=1">',
      summary: '<script>window.pwned=1</script>',
      detail: '<b>bold</b>',
      sources: [{ source: 'bad-link' }],
    });
    const badSource = {
      ...hca2022,
      id: 'bad-link',
      title: '<a href="x">t</a>',
      url: 'javascript:alert(1)',
      archiveUrl: 'data:text/html,x',
    };
    const hostileGlossary = makeGlossary([hostile], [badSource]);

    it('shows markup in the data as text and creates no elements from it', () => {
      const { container } = render(<TermCard term={hostile} glossary={hostileGlossary} />);
      expect(container.querySelector('img, script, b')).toBeNull();
      expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('<img src=x onerror="window.pwned=1">');
      expect(screen.getByText('<script>window.pwned=1</script>')).toBeTruthy();
      expect((window as { pwned?: number }).pwned).toBeUndefined();
    });

    it('links nowhere but http(s)', () => {
      const { container } = render(<TermCard term={hostile} glossary={hostileGlossary} />);
      expect(container.querySelectorAll('a')).toHaveLength(0);
      expect(screen.getByText('<a href="x">t</a>')).toBeTruthy();
    });
  });
});

describe('TermCard for one of the user’s own terms', () => {
  const yours = makeTerm({
    id: 'local-wyicb',
    headword: 'WYICB',
    summary: 'West Yorkshire Integrated Care Board, as our board papers write it.',
    detail: '',
    sources: [],
    local: true,
    link: { title: 'West Yorkshire ICB board papers', url: 'https://www.westyorkshire.icb.nhs.uk/' },
  });

  it('says it is the user’s own', () => {
    render(<TermCard term={yours} glossary={glossary} />);
    expect(screen.getByText(/Your term/)).toBeTruthy();
  });

  it('shows the user’s link instead of sources', () => {
    render(<TermCard term={yours} glossary={glossary} />);
    expect(screen.queryByRole('heading', { name: 'Sources' })).toBeNull();
    expect(screen.getByRole('link', { name: 'West Yorkshire ICB board papers' }).getAttribute('href')).toBe(
      'https://www.westyorkshire.icb.nhs.uk/',
    );
  });

  it('offers no "More" when there is no detail', () => {
    render(<TermCard term={yours} glossary={glossary} />);
    expect(screen.queryByRole('button', { name: 'More' })).toBeNull();
  });
});
