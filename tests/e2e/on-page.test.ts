import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageTermsReply } from '../../lib/messages';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import {
  BROWSER_KINDS,
  badgeText,
  DYNAMIC_PATH,
  DYNAMIC_TAB,
  type ExtensionBrowser,
  extensionPage,
  type FixtureServer,
  DYNAMIC_HOST as HOST,
  launchWithExtension,
  openMarkedDynamicPage,
  readMarks,
  sendToTab,
  setStorage,
  settles,
  startFixtureServer,
  waitForCard,
  waitForMarks,
  wordsBox,
} from '../harness';

// The marks: what is marked and what is not, on load and as the page changes, and that the page is untouched.
// The card is in card.test.ts, the keyboard's path through the marks in keyboard.test.ts.

const texts = (marks: Array<{ text: string }>) => marks.map((m) => m.text.replace(/\s+/g, ' '));

/** The default settings with every mark shown, and marking switched off on the hosts in `off`. */
const settings = (off: string[]) => ({
  ...DEFAULT_SETTINGS,
  sites: { off, added: [] },
  marks: { ...DEFAULT_SETTINGS.marks, density: 'every' },
});

type Clip = { x: number; y: number; width: number; height: number };

/** The box around the first occurrence of `words` in the element `#id`, widened to take in an underline. */
async function clipAround(page: Page, id: string, words: string): Promise<Clip> {
  const box = await wordsBox(page, id, words);
  return {
    x: Math.floor(box.left),
    y: Math.floor(box.top),
    width: Math.ceil(box.right - box.left),
    height: Math.ceil(box.bottom - box.top) + 4,
  };
}

/** The pixels in `clip`, once the page has rendered a frame since the last change. */
async function pixels(page: Page, clip: Clip): Promise<string> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return page.screenshot({ clip, encoding: 'base64' });
}

/** Our ::highlight rules as the page holds them, in our adopted stylesheet. */
function markRules(page: Page): Promise<string> {
  return page.evaluate(() =>
    document.adoptedStyleSheets
      .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
      .filter((text) => text.includes('::highlight(scrutiny-lens'))
      .join('\n'),
  );
}

/**
 * The marks' colours follow a page's scheme: our rules on a page opened dark differ from those on one
 * opened light, and the light page's rules become the dark ones as it turns dark, and back as it turns light.
 */
async function expectRulesToFollowScheme(
  open: (dark: boolean) => Promise<Page>,
  turn: (page: Page, dark: boolean) => Promise<void>,
): Promise<void> {
  const dark = await open(true);
  const darkRules = await markRules(dark);
  await dark.close();
  const page = await open(false);
  const lightRules = await markRules(page);
  expect(lightRules).toContain('::highlight(scrutiny-lens-term)');
  expect(lightRules).not.toBe(darkRules);
  await turn(page, true);
  expect(await settles(() => markRules(page), darkRules, 2000)).toBe(darkRules);
  await turn(page, false);
  expect(await settles(() => markRules(page), lightRules, 2000)).toBe(lightRules);
  await page.close();
}

describe.each(BROWSER_KINDS)('on the page, in %s', (kind) => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let control: Page;

  beforeAll(async () => {
    server = await startFixtureServer();
    ext = await launchWithExtension(kind, { port: server.port });
    control = await extensionPage(ext);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  const openMarked = (viewport?: { width: number; height: number }) => openMarkedDynamicPage(ext, server, viewport);

  it('marks the terms of NHS planning guidance', async () => {
    const page = await ext.browser.newPage();
    await page.goto(server.url('www.england.nhs.uk', '/corpus/nhse_planning_framework_2025.md'));
    const found = texts(await waitForMarks(page, { min: 10 }));
    expect(found).toEqual(expect.arrayContaining(['ICBs', 'Better Care Fund']));
    await page.close();
  });

  it('marks nothing on the Harborough page, whose only "ccg" and "icb" are inside form state', async () => {
    const page = await ext.browser.newPage();
    await page.goto(server.url('cmis.harborough.gov.uk', '/corpus/cmis_search_harborough_council_page1.html'));
    await new Promise((r) => setTimeout(r, 2000));
    expect(await readMarks(page)).toEqual([]);
    await page.close();
  });

  it('leaves unmarked an abbreviation the page defines as something else, and marks the rest', async () => {
    const page = await ext.browser.newPage();
    await page.goto(server.url(HOST, '/fixtures/defined-otherwise.html'));
    const found = texts(await waitForMarks(page, { min: 2 }));
    expect(found).toEqual(expect.arrayContaining(['integrated care board', 'Better Care Fund']));
    expect(found.filter((t) => t.startsWith('ICS'))).toEqual([]);
    await page.close();
  });

  it('leaves unmarked a "Section 75" the page puts in another law, and marks the rest', async () => {
    const page = await ext.browser.newPage();
    await page.goto(server.url(HOST, '/fixtures/section-75-other-law.html'));
    const found = texts(await waitForMarks(page, { min: 2 }));
    expect(found).toEqual(expect.arrayContaining(['foundation trust', 'integrated care board']));
    expect(found.filter((t) => /section 75/i.test(t))).toEqual([]);
    await page.close();
  });

  it('leaves a council site in Scotland unmarked until the reader switches it on', async () => {
    const page = await ext.browser.newPage();
    try {
      await page.goto(server.url('www.stirling.gov.uk', '/fixtures/section-75-other-law.html'));
      await new Promise((r) => setTimeout(r, 2000));
      expect(await readMarks(page)).toEqual([]);
      await setStorage(control, 'sync', {
        settings: { ...DEFAULT_SETTINGS, sites: { off: [], added: ['www.stirling.gov.uk'] } },
      });
      expect(texts(await waitForMarks(page, { min: 2 }))).toEqual(
        expect.arrayContaining(['foundation trust', 'integrated care board']),
      );
    } finally {
      await setStorage(control, 'sync', { settings: DEFAULT_SETTINGS });
      await page.close();
    }
  });

  it('leaves a "lead provider" of teacher training unmarked, and marks it once the page names the NHS', async () => {
    const page = await ext.browser.newPage();
    try {
      await page.goto(server.url(HOST, '/fixtures/lead-provider-teacher-training.html'));
      await new Promise((r) => setTimeout(r, 2000));
      expect(await readMarks(page)).toEqual([]);
      await page.evaluate(() => {
        const p = document.createElement('p');
        p.textContent = 'Health visitors in the school are employed by an NHS trust.';
        document.body.append(p);
      });
      // The added paragraph holds no lead provider: the ones marked now were read before it came.
      expect(texts(await waitForMarks(page, { min: 2 }))).toEqual(
        expect.arrayContaining(['NHS trust', expect.stringMatching(/^lead provider$/i)]),
      );
    } finally {
      await page.close();
    }
  });

  it('finds a term split across inline tags and leaves ordinary words, form fields and editable text alone', async () => {
    const page = await ext.browser.newPage();
    await page.goto(server.url(HOST, DYNAMIC_PATH));
    const found = texts(await waitForMarks(page, { min: 3 }));
    expect(found).toEqual(
      expect.arrayContaining(['Better Care Fund', 'control total', 'Clinical Commissioning Groups']),
    );
    expect(found.some((t) => /footprint|must do|ICB/i.test(t))).toBe(false);
    await page.close();
  });

  it('marks content added after the page loaded within a second', async () => {
    const page = await openMarked();
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Later: the Joint Forward Plan was noted.';
      document.getElementById('minutes')?.append(p);
    });
    const started = Date.now();
    for (;;) {
      if (texts(await readMarks(page)).includes('Joint Forward Plan')) break;
      if (Date.now() - started > 1000) throw new Error('the added paragraph was not marked within a second');
      await new Promise((r) => setTimeout(r, 50));
    }
    await page.close();
  });

  it('marks text the page shows later, by taking away `hidden` or an inline display: none, and unmarks text it hides', async () => {
    const page = await openMarked();
    // As a "Show more" link or a jQuery toggle does: the text is in the page from the start, hidden.
    await page.evaluate(() => {
      const more = document.createElement('p');
      more.id = 'more';
      more.hidden = true;
      more.textContent = 'More: the Joint Forward Plan was noted.';
      const folded = document.createElement('div');
      folded.id = 'folded';
      folded.style.display = 'none';
      folded.append(Object.assign(document.createElement('p'), { textContent: 'Notes on the integrated care board.' }));
      const shown = Object.assign(document.createElement('p'), { textContent: 'Shown: a section 75 agreement.' });
      document.getElementById('minutes')?.append(more, folded, shown);
    });
    const marked = async () => texts(await readMarks(page));
    const has = (words: string) => async () => (await marked()).includes(words);
    // The visible paragraph, added with the hidden ones, shows that they have been read.
    expect(await settles(has('section 75 agreement'), true, 2000)).toBe(true);
    expect(await marked()).not.toContain('Joint Forward Plan');
    expect(await marked()).not.toContain('integrated care board');

    await page.evaluate(() => {
      (document.getElementById('more') as HTMLElement).hidden = false;
      (document.getElementById('folded') as HTMLElement).style.display = 'block';
    });
    expect(await settles(has('Joint Forward Plan'), true, 1000)).toBe(true);
    expect(await settles(has('integrated care board'), true, 1000)).toBe(true);

    await page.evaluate(() => {
      (document.getElementById('more') as HTMLElement).hidden = true;
      (document.getElementById('folded') as HTMLElement).setAttribute('style', 'color: red; DISPLAY:none');
    });
    expect(await settles(has('Joint Forward Plan'), false, 1000)).toBe(false);
    expect(await settles(has('integrated care board'), false, 1000)).toBe(false);
    expect(await marked()).toContain('section 75 agreement');
    await page.close();
  });

  // A driver can change a running page's colour scheme only through the DevTools protocol, which Firefox
  // does not have; what is tested is the same in both browsers (a listener on the media query).
  it.skipIf(kind === 'firefox')(
    'changes its marks’ colours when a page that follows the reader’s colour scheme turns dark, and back',
    async () => {
      const url = server.url(HOST, '/fixtures/colour-scheme.html');
      const scheme = (dark: boolean) => [{ name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' }];
      await expectRulesToFollowScheme(
        async (dark) => {
          const page = await ext.browser.newPage();
          await page.emulateMediaFeatures(scheme(dark));
          await page.goto(url);
          await waitForMarks(page, { min: 2 });
          return page;
        },
        (page, dark) => page.emulateMediaFeatures(scheme(dark)),
      );
    },
  );

  it('changes its marks’ colours when the page’s own dark-mode button turns it dark, and back', async () => {
    await expectRulesToFollowScheme(
      async (dark) => {
        const page = await ext.browser.newPage();
        await page.goto(server.url(HOST, `/fixtures/dark-toggle.html${dark ? '?dark' : ''}`));
        await waitForMarks(page, { min: 2 });
        return page;
      },
      // The button turns the page dark, and light again.
      (page) => page.click('#toggle'),
    );
  });

  it('leaves a page with no term untouched, and marks and paints a term added to it later', async () => {
    const page = await ext.browser.newPage();
    await page.goto(server.url('www.stratford.gov.uk', '/corpus/stratford_council_home_page_c2010.html'));
    const lensLoaded = async () =>
      ((await sendToTab(control, '*://www.stratford.gov.uk/*', { type: 'get-page-terms' })) as PageTermsReply)
        .lensLoaded;
    const ourRules = () =>
      page.evaluate(() =>
        document.adoptedStyleSheets.some((sheet) =>
          [...sheet.cssRules].some((rule) => rule.cssText.includes('::highlight(scrutiny-lens')),
        ),
      );
    await new Promise((r) => setTimeout(r, 1500));
    expect(await readMarks(page)).toEqual([]);
    // The gate's prefilter ruled the page out: the lens was never loaded, and not even our stylesheet went in.
    expect(await lensLoaded()).toBe(false);
    expect(await ourRules()).toBe(false);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'The Better Care Fund plan was agreed.';
      document.body.append(p);
    });
    const started = Date.now();
    for (;;) {
      if (texts(await readMarks(page)).includes('Better Care Fund')) break;
      if (Date.now() - started > 1000) throw new Error('the added paragraph was not marked within a second');
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(await ourRules()).toBe(true);
    expect(await lensLoaded()).toBe(true);
    await page.close();
  });

  // The lens does not load the settings' schema; a stored copy not in the form the schema returns goes to the
  // background for its verdict (lib/settings/page-reader.ts).
  it('follows stored settings in a form it would not store them in, as the schema reads them', async () => {
    const openIn = async (stored: unknown) => {
      await setStorage(control, 'sync', { settings: stored });
      const page = await ext.browser.newPage();
      await page.goto(server.url(HOST, DYNAMIC_PATH));
      await waitForMarks(page, { min: 3 });
      const rules = await markRules(page);
      await page.close();
      return rules;
    };
    const purple = { ...DEFAULT_SETTINGS, marks: { ...DEFAULT_SETTINGS.marks, colours: 'purple' } };
    try {
      const blueRules = await openIn(DEFAULT_SETTINGS);
      const purpleRules = await openIn(purple);
      expect(purpleRules).not.toBe(blueRules);
      // As a hand-edited or older copy might hold them: a host name in capitals with spaces, which the schema tidies.
      expect(await openIn({ ...purple, sites: { off: [' Elsewhere.GOV.uk '], added: [] } })).toBe(purpleRules);
    } finally {
      await setStorage(control, 'sync', { settings: DEFAULT_SETTINGS });
    }
  });

  // The benchmark's "start to all painted" and its phases are read from this report.
  it('reports its way from the gate’s start to the first scan, each step after the one before', async () => {
    const page = await ext.browser.newPage();
    await page.goto(server.url('democracy.leeds.gov.uk', '/corpus/leeds_health_wellbeing_strategy_2023-2030.md'));
    await waitForMarks(page);
    const reply = (await sendToTab(control, '*://democracy.leeds.gov.uk/*', {
      type: 'get-page-terms',
    })) as PageTermsReply;
    const t = reply.lensTimeline;
    const steps = [
      reply.loadedAt,
      t?.firstTestAt,
      t?.lensRequestedAt,
      t?.lensLoadedAt,
      t?.lensStartedAt,
      reply.scan?.finishedAt,
    ];
    expect(steps.every((s) => typeof s === 'number')).toBe(true);
    expect([...(steps as number[])].sort((a, b) => a - b)).toEqual(steps);
    await page.close();
  });

  it('leaves the page’s text, markup and scripts exactly as they were', async () => {
    const plain = await launchWithExtension(kind, { port: server.port, withExtension: false });
    const snapshot = (p: Page) =>
      p.evaluate(() => ({
        html: document.documentElement.outerHTML,
        text: document.body.innerText,
        script: (window as unknown as { pageScriptRan?: boolean }).pageScriptRan,
      }));
    try {
      const without = await plain.browser.newPage();
      await without.goto(server.url(HOST, DYNAMIC_PATH));
      const page = await openMarked();
      expect(await snapshot(page)).toEqual(await snapshot(without));
      await page.close();
    } finally {
      await plain.close();
    }
  });

  it('follows a site that swaps in a whole new <body>, as Turbo and pjax sites do: its marks and the card go with it', async () => {
    const page = await openMarked();
    await page.evaluate(() => {
      const body = document.createElement('body');
      const main = document.createElement('main');
      main.append(
        Object.assign(document.createElement('p'), {
          textContent: 'Item 1: the Joint Forward Plan and the integrated care board.',
        }),
      );
      body.append(main);
      document.body = body;
      history.pushState(null, '', '/fixtures/dynamic.html?page=2');
    });
    const swapped = ['Joint Forward Plan', 'integrated care board'];
    const marked = async () => texts(await readMarks(page)).sort();
    expect(await settles(marked, swapped, 2000)).toEqual(swapped);
    expect(await sendToTab(control, `${DYNAMIC_TAB}*`, { type: 'next-mark' })).toEqual({ ok: true });
    expect(await waitForCard(page)).toContain('Joint Forward Plan');
    await page.close();
  });

  it('follows a single-page site from page to page: its marks, the terms it reports and the badge move with it', async () => {
    const page = await ext.browser.newPage();
    await page.goto(server.url(HOST, '/fixtures/single-page-app.html'));
    const pattern = `*://${HOST}/fixtures/single-page-app.html*`;
    const shown = async () => {
      const reply = (await sendToTab(control, pattern, { type: 'get-page-terms' })) as PageTermsReply;
      return {
        marks: texts(await readMarks(page)),
        address: new URL(reply.url).search,
        terms: reply.terms.map((t) => t.termId),
        badge: await badgeText(control, pattern),
      };
    };
    const becomes = async (expected: Awaited<ReturnType<typeof shown>>) =>
      expect(await settles(shown, expected, 5000)).toEqual(expected);
    const agenda = {
      marks: ['Better Care Fund', 'Joint Forward Plan'],
      terms: ['better-care-fund', 'joint-forward-plan'],
      badge: '2',
    };
    await becomes({ ...agenda, address: '' });
    await page.click('#to-minutes');
    await becomes({
      marks: ['section 75 agreement'],
      address: '?item=minutes',
      terms: ['section-75-agreement'],
      badge: '1',
    });
    await page.goBack();
    await becomes({ ...agenda, address: '' });
    await page.close();
  });

  it('clears every mark when the site is switched off, and marks again when it is switched on', async () => {
    const page = await openMarked();
    await setStorage(control, 'sync', { settings: settings([HOST]) });
    await waitForMarks(page, { min: 0, timeout: 3000 }).then((m) => expect(m).toEqual([]));
    await setStorage(control, 'sync', { settings: settings([]) });
    expect((await waitForMarks(page, { min: 3 })).length).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  it('counts the distinct terms in the toolbar badge, and empties it while the site is switched off', async () => {
    // Three terms: the Better Care Fund, control total and Clinical Commissioning Groups (the ICBs are in form fields).
    const page = await openMarked();
    const pattern = DYNAMIC_TAB;
    const badgeBecomes = (expected: string) => settles(() => badgeText(control, pattern), expected, 3000);
    expect(await badgeBecomes('3')).toBe('3');
    await setStorage(control, 'sync', { settings: settings([HOST]) });
    expect(await badgeBecomes('')).toBe('');
    await setStorage(control, 'sync', { settings: settings([]) });
    expect(await badgeBecomes('3')).toBe('3');
    await page.close();
  });

  it('paints its marks: the pixels under a marked term change when the site is switched off, the rest do not', async () => {
    const page = await ext.browser.newPage();
    await page.setViewport({ width: 900, height: 600 });
    await page.goto(server.url(HOST, DYNAMIC_PATH));
    expect(texts(await waitForMarks(page, { min: 3 }))).toContain('Better Care Fund');
    const marked = await clipAround(page, 'first', 'Better Care Fund');
    const plain = await clipAround(page, 'first', 'The Board received');
    const before = { marked: await pixels(page, marked), plain: await pixels(page, plain) };
    try {
      await setStorage(control, 'sync', { settings: settings([HOST]) });
      await waitForMarks(page, { min: 0, timeout: 3000 }).then((m) => expect(m).toEqual([]));
      expect(await pixels(page, marked), 'the marked words look the same without their mark').not.toBe(before.marked);
      expect(await pixels(page, plain), 'words without a mark changed when the marks went').toBe(before.plain);
    } finally {
      await setStorage(control, 'sync', { settings: settings([]) });
    }
    await page.close();
  });
});
