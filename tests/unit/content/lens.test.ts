// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { Lens, type LensConfig } from '../../../lib/content/lens';
import { compileMatcher } from '../../../lib/match/compile';
import { LONG_NODE_CHARS } from '../../../lib/page/long-text';
import { installHighlightStub } from './highlight-stub';

const matcher = compileMatcher([
  { id: 'control-total', phrases: ['control total'], acronyms: [] },
  { id: 'ccg', phrases: ['clinical commissioning group'], acronyms: ['CCG'] },
  { id: 'icb', phrases: ['integrated care board'], acronyms: ['ICB'] },
  { id: 'lead-provider', phrases: ['lead provider'], acronyms: [] },
]);

let registry: Map<string, Set<AbstractRange>>;

function config(overrides: Partial<LensConfig> = {}): LensConfig {
  return {
    matchers: [matcher],
    styleOf: (ids) => (ids[0] === 'ccg' ? 'historical' : 'term'),
    density: 'every',
    exclude: () => false,
    marksInLongText: true,
    ...overrides,
  };
}

function painted(name = 'scrutiny-lens-term'): string[] {
  return [...(registry.get(name) ?? [])].map((r) => {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range.toString();
  });
}

describe('Lens', () => {
  beforeEach(() => {
    registry = installHighlightStub(window as unknown as Window & typeof globalThis);
    document.body.innerHTML = '';
  });

  it('marks every term on the page, split across inline tags or not', async () => {
    document.body.innerHTML = '<p>The ICB set a <b>control</b> total.</p><p>Each Integrated Care Board agreed.</p>';
    await new Lens(document, config()).scanAll();
    expect(painted().sort()).toEqual(['ICB', 'Integrated Care Board', 'control total'].sort());
  });

  it('reports its own main-thread time as its slices added up, the same time its work meter counts', async () => {
    document.body.innerHTML = '<p>The ICB set a <b>control</b> total.</p>'.repeat(200);
    const lens = new Lens(document, config());
    const report = await lens.scanAll();
    expect(report.busyMs).toBeGreaterThan(0);
    expect(report.busyMs).toBeGreaterThanOrEqual(report.longestSliceMs);
    expect(report.busyMs).toBeLessThanOrEqual(report.ms);
    expect(report.busyMs).toBe(lens.work.totals().busyMs);
  });

  describe('in a text node too long to paint in Chromium', () => {
    const longPre = () => `<pre>The ICB met. ${'lorem ipsum '.repeat(LONG_NODE_CHARS / 12)}</pre>`;

    it('marks it where the browser paints such text quickly', async () => {
      document.body.innerHTML = `<p>The ICB</p>${longPre()}`;
      await new Lens(document, config({ marksInLongText: true })).scanAll();
      expect(painted()).toEqual(['ICB', 'ICB']);
    });

    it('reads it but leaves it unmarked where it is told to, marking the page’s other text', async () => {
      document.body.innerHTML = `<p>The ICB</p>${longPre()}<p>a control total</p>`;
      await new Lens(document, config({ marksInLongText: false })).scanAll();
      expect(painted()).toEqual(['ICB', 'control total']);
    });

    it('does not let an unmarked occurrence take its section’s one mark', async () => {
      document.body.innerHTML = `<h2>Minutes</h2>${longPre()}<p>The ICB agreed.</p>`;
      await new Lens(document, config({ marksInLongText: false, density: 'first-in-section' })).scanAll();
      expect(painted()).toEqual(['ICB']);
      const [range] = registry.get('scrutiny-lens-term') ?? [];
      expect(range?.startContainer.parentElement?.localName).toBe('p');
    });
  });

  it('paints historical terms in their own highlight', async () => {
    document.body.innerHTML = '<p>The CCG was abolished.</p>';
    await new Lens(document, config()).scanAll();
    expect(painted('scrutiny-lens-historical')).toEqual(['CCG']);
  });

  it('leaves unmarked a term whose style is switched off', async () => {
    document.body.innerHTML = '<p>The CCG and the ICB.</p>';
    await new Lens(document, config({ styleOf: (ids) => (ids[0] === 'ccg' ? undefined : 'term') })).scanAll();
    expect(painted('scrutiny-lens-historical')).toEqual([]);
    expect(painted()).toEqual(['ICB']);
  });

  it('marks a term once per section when density is "first in each section"', async () => {
    document.body.innerHTML =
      '<h2>Finance</h2><p>The ICB met.</p><p>The ICB agreed.</p><h2>Quality</h2><p>The ICB reported.</p>';
    await new Lens(document, config({ density: 'first-in-section' })).scanAll();
    expect(painted()).toHaveLength(2);
  });

  it('marks a term once in a paragraph that repeats it, when density is "first in each section"', async () => {
    document.body.innerHTML = '<h2>Finance</h2><p>The ICB met, and the ICB agreed.</p>';
    await new Lens(document, config({ density: 'first-in-section' })).scanAll();
    expect(painted()).toEqual(['ICB']);
  });

  it('counts the summary of a closed <details> as in view: its term takes the section’s one mark', async () => {
    document.body.innerHTML =
      '<h2>Who decides</h2><details><summary id="summary">The ICB, in brief</summary><p>The ICB plans care.</p></details>' +
      '<p>The ICB met in public.</p>';
    await new Lens(document, config({ density: 'first-in-section' })).scanAll();
    const marks = [...(registry.get('scrutiny-lens-term') ?? [])];
    expect(marks).toHaveLength(1);
    expect(document.getElementById('summary')?.contains(marks[0].startContainer)).toBe(true);
  });

  it('does not spend a section’s one mark in a closed <details>: it marks the folded term and the first one in view', async () => {
    document.body.innerHTML =
      '<h2>Who decides</h2><details><summary>More</summary><p>The ICB plans care.</p></details>' +
      '<p id="shown">The ICB met in public.</p><p>The ICB agreed.</p>';
    await new Lens(document, config({ density: 'first-in-section' })).scanAll();
    const inShown = [...(registry.get('scrutiny-lens-term') ?? [])].filter((r) =>
      document.getElementById('shown')?.contains(r.startContainer),
    );
    expect(painted()).toEqual(['ICB', 'ICB']);
    expect(inShown).toHaveLength(1);
  });

  it('never reads excluded elements', async () => {
    document.body.innerHTML = '<p>The ICB met.</p><div id="ours"><p>ICB in our own UI</p></div>';
    await new Lens(document, config({ exclude: (el) => el.id === 'ours' })).scanAll();
    expect(painted()).toEqual(['ICB']);
  });

  it('rescans a changed block and drops the marks of removed text', async () => {
    document.body.innerHTML = '<p id="a">The ICB met.</p><p id="b">Nothing here.</p>';
    const lens = new Lens(document, config());
    await lens.scanAll();
    document.getElementById('a')?.remove();
    const b = document.getElementById('b') as HTMLElement;
    b.textContent = 'The control total was agreed.';
    await lens.rescan([b]);
    expect(painted()).toEqual(['control total']);
  });

  describe('the mark the keyboard is on', () => {
    const focusedText = (lens: Lens) => {
      const r = lens.painter.focus?.range;
      if (!r) return undefined;
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString();
    };
    const secondMark = async () => {
      document.body.innerHTML =
        '<p id="a">The ICB met.</p><p id="b">The <b>control</b> total, <i id="clock">09:00</i>.</p>';
      const lens = new Lens(document, config());
      await lens.scanAll();
      lens.painter.setFocus(lens.painter.marks()[1]);
      return lens;
    };

    it('stays on its words when the page changes something else in their paragraph', async () => {
      const lens = await secondMark();
      const clock = document.getElementById('clock') as HTMLElement;
      clock.textContent = '09:01';
      await lens.rescan([document.getElementById('b') as HTMLElement]);
      expect(focusedText(lens)).toBe('control total');
      expect(painted('scrutiny-lens-focus')).toEqual(['control total']);
    });

    it('stays on its words when the page adds an element straight under the root, which rereads the whole page', async () => {
      const lens = await secondMark();
      document.documentElement.append(document.createElement('div'));
      await lens.rescan([document.documentElement]);
      expect(focusedText(lens)).toBe('control total');
    });

    it('stays on its words through a full rescan', async () => {
      const lens = await secondMark();
      await lens.scanAll();
      expect(focusedText(lens)).toBe('control total');
    });

    it('goes when its words are removed from the page', async () => {
      const lens = await secondMark();
      document.getElementById('b')?.remove();
      await lens.rescan([]);
      expect(lens.painter.focus).toBeUndefined();
      expect(painted('scrutiny-lens-focus')).toEqual([]);
    });

    it('goes when its words change', async () => {
      const lens = await secondMark();
      const b = document.getElementById('b') as HTMLElement;
      b.textContent = 'The control total, and the ICB.';
      await lens.rescan([b]);
      expect(lens.painter.focus).toBeUndefined();
    });

    it('goes when the lens clears the page, and does not come back with the next scan', async () => {
      const lens = await secondMark();
      lens.clear();
      await lens.scanAll();
      expect(lens.painter.focus).toBeUndefined();
    });
  });

  describe('an abbreviation the page defines as something else', () => {
    it('is not marked, before the definition or after it', async () => {
      document.body.innerHTML =
        '<h2>CCG case notes</h2><p>The Children’s Care Group (CCG) meets weekly.</p><p>The CCG and the ICB met.</p>';
      await new Lens(document, config()).scanAll();
      expect(painted('scrutiny-lens-historical')).toEqual([]);
      expect(painted()).toEqual(['ICB']);
    });

    it('is marked where the page defines it in the glossary’s own words', async () => {
      document.body.innerHTML = '<p>The Clinical Commissioning Group (CCG) met.</p><p>The CCG agreed.</p>';
      await new Lens(document, config()).scanAll();
      expect(painted('scrutiny-lens-historical')).toEqual(['Clinical Commissioning Group', 'CCG', 'CCG']);
    });

    it('gives up the section’s one mark it held, so a later occurrence of its term takes it', async () => {
      document.body.innerHTML =
        '<p>The CCG.</p><p>The Children’s Care Group (CCG).</p><p>A clinical commissioning group.</p>';
      await new Lens(document, config({ density: 'first-in-section' })).scanAll();
      expect(painted('scrutiny-lens-historical')).toEqual(['clinical commissioning group']);
    });

    it('is marked again after a full scan of a page that no longer defines it otherwise', async () => {
      document.body.innerHTML = '<p>The Children’s Care Group (CCG) meets.</p>';
      const lens = new Lens(document, config());
      await lens.scanAll();
      document.body.innerHTML = '<p>The CCG met.</p>';
      await lens.scanAll();
      expect(painted('scrutiny-lens-historical')).toEqual(['CCG']);
    });
  });

  describe('a section the page puts in another law', () => {
    it('is not marked, before the page names the law or after it', async () => {
      const sections = compileMatcher([
        { id: 'section-75-agreement', phrases: ['section 75', 'section 75 agreement'], acronyms: [] },
        { id: 'icb', phrases: ['integrated care board'], acronyms: ['ICB'] },
      ]);
      document.body.innerHTML =
        '<h2>Section 75 Agreements</h2><p>Made under Section 75 of the Town and Country Planning (Scotland) Act 1997.</p>' +
        '<p>The ICB signed no Section 75 agreement.</p>';
      await new Lens(document, config({ matchers: [sections] })).scanAll();
      expect(painted()).toEqual(['ICB']);
    });
  });

  it('counts terms in the order they first appear', async () => {
    document.body.innerHTML = '<p>The ICB and the control total.</p><p>The ICB again.</p>';
    const lens = new Lens(document, config());
    await lens.scanAll();
    expect([...lens.painter.termCounts()]).toEqual([
      ['icb', 2],
      ['control-total', 1],
    ]);
  });

  it('finds the mark under a point in the text', async () => {
    document.body.innerHTML = '<p>The ICB met.</p>';
    const lens = new Lens(document, config());
    await lens.scanAll();
    const text = document.querySelector('p')?.firstChild as Text;
    expect(lens.painter.markAt(text, 5)?.termIds).toEqual(['icb']);
    expect(lens.painter.markAt(text, 1)).toBeUndefined();
  });

  it('leaves the page’s highlight registry alone until it has a mark to paint', async () => {
    document.body.innerHTML = '<p>Bins are collected on Tuesdays.</p>';
    const lens = new Lens(document, config());
    await lens.scanAll();
    expect([...registry.keys()].filter((k) => k.startsWith('scrutiny-lens'))).toEqual([]);
    document.body.innerHTML = '<p>The ICB met.</p>';
    await lens.rescan([document.body]);
    expect(painted()).toEqual(['ICB']);
  });

  it('registers its highlights again after the page clears them', async () => {
    document.body.innerHTML = '<p>The ICB met.</p>';
    const lens = new Lens(document, config());
    await lens.scanAll();
    registry.clear();
    await lens.rescan([document.body]);
    expect(painted()).toEqual(['ICB']);
  });

  it('removes everything it painted when disposed', async () => {
    document.body.innerHTML = '<p>The ICB met.</p>';
    const lens = new Lens(document, config());
    await lens.scanAll();
    lens.dispose();
    expect([...registry.keys()].filter((k) => k.startsWith('scrutiny-lens'))).toEqual([]);
  });

  describe('with a term marked only on pages that name the NHS', () => {
    const needsNhs = () => config({ nhsPagesOnly: (ids) => ids.every((id) => id === 'lead-provider') });

    it('leaves it unmarked on a page that does not name the NHS, such as teacher training', async () => {
      document.body.innerHTML = '<p>Talk to your lead provider about early career teachers.</p>';
      await new Lens(document, needsNhs()).scanAll();
      expect(painted()).toEqual([]);
    });

    it('marks it on a page that names the NHS anywhere, after the term as well as before', async () => {
      document.body.innerHTML = '<p>A lead provider holds the contract.</p><footer>Leeds NHS Trust</footer>';
      await new Lens(document, needsNhs()).scanAll();
      expect(painted()).toEqual(['lead provider']);
    });

    it('marks it on an nhs.uk site, whose page need not name the NHS in its text', async () => {
      const happyDOM = (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM;
      happyDOM.setURL('https://www.leedsth.nhs.uk/services/');
      try {
        document.body.innerHTML = '<p>A lead provider holds the contract.</p>';
        await new Lens(document, needsNhs()).scanAll();
        expect(painted()).toEqual(['lead provider']);
      } finally {
        happyDOM.setURL('about:blank');
      }
    });

    it('marks it everywhere once content added later names the NHS', async () => {
      document.body.innerHTML = '<p>Talk to your lead provider.</p>';
      const lens = new Lens(document, needsNhs());
      await lens.scanAll();
      const added = document.createElement('p');
      added.textContent = 'The ICB met.';
      document.body.append(added);
      await lens.rescan([added]);
      expect(painted().sort()).toEqual(['ICB', 'lead provider']);
    });
  });
});
