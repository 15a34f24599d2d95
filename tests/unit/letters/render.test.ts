import { describe, expect, it } from 'vitest';
import type { Block, LetterDocument } from '../../../lib/letters/model';
import { inlineText } from '../../../lib/letters/model';
import { defaultParagraphs, type RenderOptions, renderLetter } from '../../../lib/letters/render';
import { exampleValues, loadTemplates, QUESTIONS, SOURCES, TODAY } from './helpers';

const templates = loadTemplates();
const tpl = (id: string) => {
  const t = templates.get(id);
  if (!t) throw new Error(`no template ${id}`);
  return t;
};

const opts = (over: Partial<RenderOptions> = {}): RenderOptions => ({
  questions: QUESTIONS,
  includeParagraphs: [],
  sources: SOURCES,
  today: TODAY,
  ...over,
});

/** All the letter's words, block by block, as plain strings. */
function allText(doc: LetterDocument): string {
  return doc.blocks.map(blockText).join('\n');
}
function blockText(b: Block): string {
  switch (b.type) {
    case 'address':
    case 'signoff':
      return [...('closing' in b ? [b.closing] : []), ...b.lines.map(inlineText)].join('\n');
    case 'date':
      return b.text;
    case 'questions':
      return [b.intro ? inlineText(b.intro) : '', b.empty?.text ?? '', ...b.items.map((q) => q.text)].join('\n');
    case 'references':
      return [b.heading, ...b.items.map((r) => `${r.title} ${r.url ?? ''} ${r.archiveUrl ?? ''}`)].join('\n');
    default:
      return inlineText(b.content);
  }
}
const blocksOf = <T extends Block['type']>(doc: LetterDocument, type: T) =>
  doc.blocks.filter((b): b is Extract<Block, { type: T }> => b.type === type);

describe('every template renders', () => {
  for (const t of templates.values()) {
    describe(t.id, () => {
      it('with all fields and every optional paragraph: nothing missing or left unfilled', () => {
        const everything = t.optionalParagraphs.map((p) => p.id);
        const r = renderLetter(
          t,
          exampleValues(t),
          opts({ includeParagraphs: everything, questions: QUESTIONS.slice(0, 1) }),
        );
        expect(r.missing).toEqual([]);
        expect(r.unfilled).toEqual([]);
        expect(r.invalid).toEqual([]);
        expect(r.warnings).toEqual([]);
        const text = allText(r.document);
        expect(text).not.toMatch(/\{\{|\}\}|\[[A-Z][^\]]*\]/);
        for (const p of t.optionalParagraphs)
          expect(r.document.blocks.some((b) => b.type === 'paragraph' && b.optionalId === p.id)).toBe(true);
        expect(r.document.subject).not.toMatch(/\[|\{/);
        expect(blocksOf(r.document, 'date')[0]).toEqual({ type: 'date', iso: '2026-11-22', text: '22 November 2026' });
        // The personal paragraph is there and marked.
        const personal = r.document.blocks.filter((b) => b.type === 'paragraph' && b.personal);
        expect(personal.length).toBeGreaterThan(0);
      });

      it('with nothing filled in: required labels are missing and shown as [Label]', () => {
        const r = renderLetter(t, {}, opts({ includeParagraphs: defaultParagraphs(t), questions: [] }));
        const required = t.fields.filter((f) => f.required && f.default === undefined);
        for (const f of required) {
          const usedInShownText =
            JSON.stringify(t.body).includes(`{{${f.id}}}`) ||
            t.optionalParagraphs.some((p) => p.default && p.text.includes(`{{${f.id}}}`));
          if (usedInShownText) {
            expect(r.missing).toContain(f.label);
            expect(r.unfilled).toContain(f.id);
            expect(allText(r.document)).toContain(`[${f.label}]`);
          }
        }
        // Optional fields never count as missing.
        for (const f of t.fields.filter((x) => !x.required)) expect(r.missing).not.toContain(f.label);
      });

      it('starts with the default optional paragraphs, and leaves out the ones switched off', () => {
        const values = exampleValues(t);
        const on = renderLetter(t, values, opts({ includeParagraphs: defaultParagraphs(t) }));
        const off = renderLetter(t, values, opts({ includeParagraphs: [] }));
        for (const p of t.optionalParagraphs) {
          const has = (doc: LetterDocument) => doc.blocks.some((b) => b.type === 'paragraph' && b.optionalId === p.id);
          expect(has(on.document), `${p.id} on`).toBe(p.default);
          expect(has(off.document), `${p.id} off`).toBe(false);
        }
      });

      it('has a references section built from the template and the questions', () => {
        const r = renderLetter(t, exampleValues(t), opts());
        const refs = blocksOf(r.document, 'references')[0];
        expect(refs).toBeDefined();
        const urls = refs.items.map((i) => i.url);
        for (const ref of t.references) expect(urls).toContain(ref.url);
        expect(urls).toContain('https://www.england.nhs.uk/long-read/guidance-on-developing-the-joint-forward-plan/');
        expect(urls).toContain('https://www.legislation.gov.uk/uksi/2013/218/regulation/26/made');
        expect(urls).toContain('https://www.example-icb.nhs.uk/board/2026-09.pdf#page=14');
        const jfp = refs.items.find((i) => i.title === 'Guidance on developing the joint forward plan');
        expect(jfp?.archiveUrl).toMatch(/^https:\/\/web\.archive\.org\/web\//);
        expect(refs.items.map((i) => i.number)).toEqual(refs.items.map((_, i) => i + 1));
      });
    });
  }
});

describe('scrutiny-chair-obtain-plans in detail', () => {
  const t = tpl('scrutiny-chair-obtain-plans');
  const values = {
    ...exampleValues(t),
    recipient_name: 'Councillor Priya Shah',
    trust_names: [
      'Royal Free London NHS Foundation Trust',
      'Whittington Health NHS Trust',
      'Central and North West London NHS Foundation Trust',
    ],
    your_address: '12 Station Road\nFinchley',
  };

  it('fills the address, salutation, heading and choice text', () => {
    const r = renderLetter(t, values, opts({ includeParagraphs: defaultParagraphs(t) }));
    const address = blocksOf(r.document, 'address')[0];
    expect(address.lines.map(inlineText)).toEqual([
      'Councillor Priya Shah',
      'Chair, Adults and Health Scrutiny Committee',
      'London Borough of Barnet',
    ]);
    expect(inlineText(blocksOf(r.document, 'salutation')[0].content)).toBe('Dear Councillor Priya Shah,');
    expect(inlineText(blocksOf(r.document, 'heading')[0].content)).toMatch(
      /^The local NHS plans for 2026\/27 and 2027\/28:/,
    );
    expect(allText(r.document)).toContain('the committee that carries out the council');
    expect(allText(r.document)).toContain(
      'The trusts I have in mind are Royal Free London NHS Foundation Trust, Whittington Health NHS Trust and Central and North West London NHS Foundation Trust.',
    );
    expect(r.document.subject).toBe('Request: obtain and examine the local NHS plans for 2026/27 and 2027/28');
  });

  it('splits a multi-line address into sign-off lines and drops empty optional lines', () => {
    const r = renderLetter(t, { ...values, your_postcode: '', your_email: undefined }, opts());
    const signoff = blocksOf(r.document, 'signoff')[0];
    expect(signoff.closing).toBe('Yours sincerely,');
    expect(signoff.lines.map(inlineText)).toEqual(['Alex Morgan', '12 Station Road', 'Finchley']);
  });

  it('a required field left empty stays visible as [Label] in a placeholder node', () => {
    const r = renderLetter(t, { ...values, icb_name: '   ' }, opts());
    expect(r.missing).toEqual(['Integrated care board']);
    expect(r.unfilled).toEqual(['icb_name']);
    const placeholders = r.document.blocks
      .flatMap((b) => ('content' in b ? b.content : []))
      .filter((i) => i.type === 'placeholder');
    expect(placeholders.length).toBeGreaterThan(0);
    expect(placeholders[0]).toEqual({
      type: 'placeholder',
      fieldId: 'icb_name',
      label: 'Integrated care board',
      text: '[Integrated care board]',
    });
  });

  it('an optional paragraph switched on with its field empty shows the placeholder but is not "missing"', () => {
    const r = renderLetter(t, { ...values, meeting_date: '' }, opts({ includeParagraphs: ['next-meeting'] }));
    expect(r.unfilled).toEqual(['meeting_date']);
    expect(r.missing).toEqual([]);
    expect(allText(r.document)).toContain("at the committee's meeting on [Next committee meeting].");
  });

  it('formats dates typed either way and flags impossible ones', () => {
    const uk = renderLetter(
      t,
      { ...values, meeting_date: '14/01/2027' },
      opts({ includeParagraphs: ['next-meeting'] }),
    );
    expect(allText(uk.document)).toContain('meeting on 14 January 2027.');
    const bad = renderLetter(
      t,
      { ...values, meeting_date: '2027-02-30' },
      opts({ includeParagraphs: ['next-meeting'] }),
    );
    expect(bad.invalid).toEqual(['Next committee meeting']);
    expect(allText(bad.document)).toContain('meeting on 2027-02-30.');
  });

  it('splits the personal field into paragraphs at blank lines, all marked personal', () => {
    const r = renderLetter(t, { ...values, why_it_matters: 'First thought.\n\n\n\nSecond thought.' }, opts());
    const personal = r.document.blocks.filter((b) => b.type === 'paragraph' && b.personal);
    expect(personal.map((b) => (b.type === 'paragraph' ? inlineText(b.content) : ''))).toEqual([
      'First thought.',
      'Second thought.',
    ]);
  });

  it('numbers the questions and points them at their references', () => {
    const r = renderLetter(t, values, opts());
    const q = blocksOf(r.document, 'questions')[0];
    expect(q.items.map((i) => i.number)).toEqual([1, 2]);
    expect(q.items[0].text).toBe(QUESTIONS[0].text);
    const refs = blocksOf(r.document, 'references')[0].items;
    const byNumber = (n: number) => refs.find((x) => x.number === n);
    expect(q.items[0].refs.map((n) => byNumber(n)?.title)).toEqual([
      'Guidance on developing the joint forward plan',
      'Board papers, 25 September 2026',
    ]);
    expect(byNumber(q.items[0].refs[1])?.detail).toBe('page 14');
    expect(q.items[1].refs.map((n) => byNumber(n)?.url)).toEqual([
      'https://www.legislation.gov.uk/uksi/2013/218/regulation/26/made',
    ]);
  });

  it('leaves the questions block out when there are none and none are required', () => {
    const r = renderLetter(t, values, opts({ questions: [] }));
    expect(blocksOf(r.document, 'questions')).toEqual([]);
    expect(r.missing).toEqual([]);
  });

  it('adds glossary term sources when terms are given, and warns about unknown ids', () => {
    const terms = new Map([
      ['joint-forward-plan', { sources: [{ source: 'si-2013-218-reg-26', section: 'paragraph (1)' }] }],
    ]);
    const r = renderLetter(
      t,
      values,
      opts({
        terms,
        questions: [{ ...QUESTIONS[0], sourceRefs: ['no-such-source'] }],
        includeParagraphs: ['not-a-paragraph'],
      }),
    );
    const refs = blocksOf(r.document, 'references')[0].items;
    expect(refs.some((x) => x.detail === 'paragraph (1)' && x.url?.endsWith('/regulation/26/made'))).toBe(true);
    expect(r.warnings).toContain('Question 1: no source has the id "no-such-source", so it is not in the references.');
    expect(r.warnings).toContain('This template has no optional paragraph "not-a-paragraph".');
  });

  it('never turns a non-web address into a link', () => {
    const r = renderLetter(
      t,
      values,
      opts({ questions: [{ id: 'x', text: 'Why?', source: { pageTitle: 'Sneaky', pageUrl: 'javascript:alert(1)' } }] }),
    );
    const refs = blocksOf(r.document, 'references')[0].items;
    const sneaky = refs.find((x) => x.title === 'Sneaky');
    expect(sneaky).toBeDefined();
    expect(sneaky?.url).toBeUndefined();
    expect(JSON.stringify(r.document)).not.toContain('javascript:');
  });

  it('de-duplicates a source cited by several questions', () => {
    const r = renderLetter(
      t,
      values,
      opts({ questions: [QUESTIONS[1], { ...QUESTIONS[1], id: 'q3', text: 'Another?' }] }),
    );
    const refs = blocksOf(r.document, 'references')[0].items;
    expect(refs.filter((x) => x.url?.endsWith('/regulation/26/made'))).toHaveLength(1);
    const q = blocksOf(r.document, 'questions')[0];
    expect(q.items[0].refs).toEqual(q.items[1].refs);
  });
});

describe('reply-no-financial-detail in detail', () => {
  const t = tpl('reply-no-financial-detail');

  it('formats money and flags what is not money', () => {
    const values = exampleValues(t);
    const r = renderLetter(t, { ...values, known_figure: '45m' }, opts({ includeParagraphs: ['known-figure'] }));
    expect(allText(r.document)).toContain('a figure of £45 million.');
    const big = renderLetter(t, { ...values, known_figure: '£1200000' }, opts({ includeParagraphs: ['known-figure'] }));
    expect(allText(big.document)).toContain('a figure of £1,200,000.');
    const bad = renderLetter(t, { ...values, known_figure: 'lots' }, opts({ includeParagraphs: ['known-figure'] }));
    expect(bad.invalid).toEqual(['A figure already in public papers']);
  });

  it('drops the role line when it is empty', () => {
    const r = renderLetter(t, { ...exampleValues(t), recipient_role: '' }, opts());
    expect(blocksOf(r.document, 'address')[0].lines.map(inlineText)).toEqual(['Councillor Jo Patel']);
  });

  it('says where the figures are', () => {
    const text = allText(renderLetter(t, exampleValues(t), opts()).document);
    expect(text).toMatch(/operational and financial plan submissions/);
    expect(text).toMatch(/board finance reports/);
    expect(text).toMatch(/annual report and accounts/);
  });
});

describe('public-question in detail', () => {
  const t = tpl('public-question');
  const values = exampleValues(t);

  it('counts the words of the reason and the question against the limit', () => {
    const r = renderLetter(t, values, opts({ questions: [QUESTIONS[1]] }));
    const expected = values.why_it_matters!.toString().split(/\s+/).length + QUESTIONS[1].text.split(/\s+/).length;
    expect(r.wordCount).toEqual({ count: expected, limit: 150, over: false });
  });

  it('uses the writer’s own limit and reports going over it', () => {
    const r = renderLetter(t, { ...values, word_limit: '20' }, opts({ questions: [QUESTIONS[1]] }));
    expect(r.wordCount?.limit).toBe(20);
    expect(r.wordCount?.over).toBe(true);
  });

  it('falls back to the default limit when the limit typed is not a number', () => {
    const r = renderLetter(t, { ...values, word_limit: 'lots' }, opts({ questions: [QUESTIONS[1]] }));
    expect(r.wordCount?.limit).toBe(150);
    expect(r.invalid).toEqual(['Word limit']);
  });

  it('needs one question: a visible placeholder when there is none, a warning when there are two', () => {
    const none = renderLetter(t, values, opts({ questions: [] }));
    expect(none.missing).toEqual(['Questions']);
    const q = blocksOf(none.document, 'questions')[0];
    expect(q.empty?.text).toBe('[Choose one question from your basket]');
    const two = renderLetter(t, values, opts());
    expect(two.warnings).toEqual(['This letter is meant for at most 1 question; it has 2.']);
  });

  it('uses the choice default for the meeting', () => {
    const r = renderLetter(t, { ...values, meeting_body: undefined }, opts({ questions: [QUESTIONS[0]] }));
    expect(r.document.subject).toBe('Public question for the Health and Wellbeing Board meeting on 28 January 2027');
  });
});

describe('foi-request in detail', () => {
  const t = tpl('foi-request');

  it('leaves out the reason unless the writer switches it on', () => {
    const values = { ...exampleValues(t), why_it_matters: 'I care for my father.' };
    const off = renderLetter(t, values, opts({ includeParagraphs: defaultParagraphs(t) }));
    expect(allText(off.document)).not.toContain('I care for my father.');
    const on = renderLetter(t, values, opts({ includeParagraphs: ['why-i-ask'] }));
    expect(allText(on.document)).toContain('I care for my father.');
  });

  it('flags an e-mail address that is not one', () => {
    const r = renderLetter(t, { ...exampleValues(t), your_email: 'alex at example' }, opts());
    expect(r.invalid).toEqual(['Your e-mail address']);
  });
});
