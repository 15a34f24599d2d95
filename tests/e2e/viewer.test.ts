import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSER_KINDS,
  type BrowserKind,
  type ExtensionBrowser,
  extensionDir,
  FIXTURES_DIR,
  type FixtureServer,
  getStorage,
  launchWithExtension,
  openExtensionPage,
  readMarks,
  setStorage,
  startFixtureServer,
} from '../harness';

/**
 * The extension pages' content security policy in a build. Firefox's default
 * for MV3 adds upgrade-insecure-requests, which turns the viewer's fetch of an
 * http:// document (the fixture server's, and some councils' still) into an
 * https:// one that fails; 'wasm-unsafe-eval' lets PDF.js decode the JBIG2 and
 * JPEG 2000 images scanners produce. wxt.config.ts sets it.
 */
function extensionPageCsp(kind: BrowserKind): string | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(extensionDir(kind), 'manifest.json'), 'utf8'));
    return manifest.content_security_policy?.extension_pages;
  } catch {
    return undefined;
  }
}

/** Firefox without that policy cannot fetch the http fixtures: those tests are skipped and one test says why. */
function canFetchHttp(kind: BrowserKind): boolean {
  return (
    kind === 'chromium' ||
    !(extensionPageCsp(kind) ?? 'upgrade-insecure-requests').includes('upgrade-insecure-requests')
  );
}

/** A council host the extension reads by default; the fixture server answers for every host name. */
const COUNCIL = 'democracy.leeds.gov.uk';
const DOCUMENT = '/fixtures/pdf/planning-framework.pdf';
const TITLE = 'Planning framework for the NHS in England';

interface ViewerStats {
  state: string;
  pages: number;
  pagesRead: number;
  allReadMs?: number;
}

/** The extension API inside one of its pages: `browser` in Firefox, `chrome` in Chromium. */
interface TabsApi {
  tabs: {
    getCurrent(): Promise<{ id?: number } | undefined>;
    sendMessage(id: number, message: unknown): Promise<unknown>;
  };
}
type Globals = { browser?: TabsApi; chrome?: TabsApi };

function stats(page: Page): Promise<ViewerStats> {
  return page.evaluate(() => (globalThis as unknown as { scrutinyLensViewer: ViewerStats }).scrutinyLensViewer);
}

async function until<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean, timeout = 20_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; last saw ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A tab's address. Firefox's WebDriver BiDi does not report navigations to extension pages, so ask the page. */
async function addressOf(tab: Page): Promise<string> {
  return tab.evaluate(() => location.href).catch(() => tab.url());
}

/** Where a painted mark of `text` is on screen, after scrolling it into the middle of the window. */
function markPosition(page: Page, text: RegExp): Promise<{ x: number; y: number } | undefined> {
  return page.evaluate((source) => {
    const pattern = new RegExp(source);
    for (const [name, highlight] of (CSS as unknown as { highlights: Map<string, Set<StaticRange>> }).highlights) {
      if (!name.startsWith('scrutiny-lens')) continue;
      for (const r of highlight) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        if (!pattern.test(range.toString())) continue;
        r.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
        const box = range.getClientRects()[0];
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
    }
    return undefined;
  }, text.source);
}

describe.each(BROWSER_KINDS)('the PDF viewer in %s', (kind) => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;

  const viewerOf = (path: string, host = COUNCIL) => `viewer.html?src=${encodeURIComponent(server.url(host, path))}`;

  async function openDocument(path = DOCUMENT): Promise<Page> {
    const page = await openExtensionPage(ext, viewerOf(path));
    await until(
      'the document to be read',
      () => stats(page),
      (s) => s.state === 'ready' && Boolean(s.allReadMs),
    );
    return page;
  }

  async function openFailure(path: string): Promise<{ page: Page; kind: string | null; text: string }> {
    const page = await openExtensionPage(ext, viewerOf(path));
    const failure = await page.waitForSelector('[data-failure]', { timeout: 15_000 });
    return {
      page,
      kind: await failure!.evaluate((el) => el.getAttribute('data-failure')),
      text: await failure!.evaluate((el) => (el as HTMLElement).innerText),
    };
  }

  async function hoverMark(page: Page, text: RegExp): Promise<void> {
    const at = await markPosition(page, text);
    if (!at) throw new Error(`no mark reads ${text}`);
    await page.mouse.move(at.x - 80, at.y);
    await page.mouse.move(at.x, at.y, { steps: 4 });
  }

  beforeAll(async () => {
    server = await startFixtureServer();
    ext = await launchWithExtension(kind, { port: server.port });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('has a page policy that lets PDF.js decode scans and fetch http documents', () => {
    const csp = extensionPageCsp(kind) ?? '(the browser default)';
    expect(csp).toContain("'wasm-unsafe-eval'");
    expect(csp).not.toContain('upgrade-insecure-requests');
  });

  it.skipIf(!canFetchHttp(kind))('opens a PDF from a council address and shows every page', async () => {
    const page = await openDocument();
    const shown = await page.evaluate(() => ({
      title: document.querySelector('.sl-toolbar__title')?.textContent,
      pages: document.querySelectorAll('.sl-page').length,
      textLayers: document.querySelectorAll('.sl-page .textLayer').length,
    }));
    expect(shown).toEqual({ title: TITLE, pages: 5, textLayers: 5 });
    await page.close();
  });

  it.skipIf(!canFetchHttp(kind))('marks glossary terms on the text layer with the shared highlights', async () => {
    const page = await openDocument();
    const marks = await readMarks(page);
    expect(marks.map((m) => m.text)).toContain('ICBs');
    const onTextLayer = await page.evaluate(() => {
      const highlight = (CSS as unknown as { highlights: Map<string, Set<StaticRange>> }).highlights.get(
        'scrutiny-lens-term',
      );
      return [...(highlight ?? [])].every((r) => Boolean(r.startContainer.parentElement?.closest('.textLayer')));
    });
    expect(onTextLayer).toBe(true);
    await page.close();
  });

  it.skipIf(!canFetchHttp(kind))('opens the term card when the pointer rests on a mark', async () => {
    const page = await openDocument();
    await hoverMark(page, /^ICBs$/);
    const card = await page.waitForSelector('[data-testid="term-card"] .sl-card__headword', { timeout: 5000 });
    expect(await card!.evaluate((h) => h.textContent)).toBe('Integrated Care Board');
    await page.close();
  });

  it.skipIf(!canFetchHttp(kind))(
    'opens the card from the keyboard with ], with focus inside it as it appears',
    async () => {
      const page = await openDocument();
      // Read at the card's first mutation, not later: a key pressed in between must already land in the card.
      await page.evaluate(() => {
        const probe = globalThis as unknown as { focusInCardWhenShown?: boolean };
        new MutationObserver((_, observer) => {
          if (!document.querySelector('[data-testid="term-card"]')) return;
          observer.disconnect();
          probe.focusInCardWhenShown = Boolean(document.activeElement?.closest('[data-testid="term-card"]'));
        }).observe(document.body, { childList: true, subtree: true });
      });
      await page.keyboard.press(']');
      const shown = await page.waitForFunction(
        () => {
          const seen = (globalThis as unknown as { focusInCardWhenShown?: boolean }).focusInCardWhenShown;
          return seen !== undefined && { focusInCard: seen };
        },
        { timeout: 5000 },
      );
      expect(await shown.jsonValue()).toEqual({ focusInCard: true });
      await page.close();
    },
  );

  it.skipIf(!canFetchHttp(kind))(
    'records the document’s title, address and page number with a question added to the letter',
    async () => {
      const page = await openDocument();
      await hoverMark(page, /^ICBs$/);
      await page.waitForSelector('[data-testid="term-card"]', { timeout: 5000 });
      const markPage = await page.evaluate(() => {
        const focus = (CSS as unknown as { highlights: Map<string, Set<StaticRange>> }).highlights.get(
          'scrutiny-lens-focus',
        );
        const [range] = [...(focus ?? [])];
        return Number(range?.startContainer.parentElement?.closest<HTMLElement>('.sl-page')?.dataset.pageNumber);
      });
      await page.evaluate(() => {
        const add = [...document.querySelectorAll<HTMLButtonElement>('[data-testid="term-card"] button')].find(
          (b) => b.textContent === 'Add to my letter',
        );
        add?.click();
      });
      const basket = (await until(
        'the question in the basket',
        () => getStorage(page, 'local', 'questionBasket') as Promise<Array<{ source: unknown }> | undefined>,
        (b) => Boolean(b?.length),
      ))!;
      expect(basket.at(-1)?.source).toEqual({
        pageTitle: TITLE,
        pageUrl: server.url(COUNCIL, DOCUMENT),
        pdfPage: markPage,
      });
      await page.close();
    },
  );

  it.skipIf(!canFetchHttp(kind))('finds words in the document with its own find bar', async () => {
    const page = await openDocument();
    await page.keyboard.down('Control');
    await page.keyboard.press('f');
    await page.keyboard.up('Control');
    await page.waitForSelector('#sl-find');
    await page.type('#sl-find', 'five-year plans');
    const count = await until(
      'find to count its hits',
      () => page.$eval('.sl-findbar__count', (el) => el.textContent ?? ''),
      (t) => /^\d+ of \d+$/.test(t),
    );
    expect(count).toMatch(/^1 of [2-9]$/);
    await page.close();
  });

  it.skipIf(!canFetchHttp(kind))(
    'answers the popup’s "On this page" with the document’s terms and their pages',
    async () => {
      const page = await openDocument();
      const tabId = await page.evaluate(async () => {
        const g = globalThis as unknown as Globals;
        return (await (g.browser ?? g.chrome)!.tabs.getCurrent())?.id;
      });
      const other = await openExtensionPage(ext, 'options.html');
      const reply = (await other.evaluate(async (id) => {
        const g = globalThis as unknown as Globals;
        return (g.browser ?? g.chrome)!.tabs.sendMessage(id!, { type: 'get-page-terms' });
      }, tabId)) as { url: string; title: string; terms: Array<{ termId: string; pages: number[] }> };
      expect(reply.url).toBe(server.url(COUNCIL, DOCUMENT));
      expect(reply.terms.find((t) => t.termId === 'integrated-care-board')?.pages.length).toBeGreaterThan(0);
      await other.close();
      await page.close();
    },
  );

  it.skipIf(!canFetchHttp(kind))('copies a selection across lines as plain text, one line per line', async () => {
    const page = await openDocument();
    const copied = await page.evaluate(() => {
      const spans = [...document.querySelectorAll('.sl-page[data-page-number="1"] .textLayer span')].filter((s) =>
        /\S/.test(s.textContent ?? ''),
      );
      const [first, second] = spans.slice(10, 12);
      const range = document.createRange();
      range.setStart(first.firstChild!, 0);
      range.setEnd(second.firstChild!, second.textContent!.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      // Firefox gives the event its own copy of the DataTransfer, so read the event's.
      const copy = new ClipboardEvent('copy', { clipboardData: new DataTransfer(), bubbles: true, cancelable: true });
      first.dispatchEvent(copy);
      const data = copy.clipboardData!;
      return {
        text: data.getData('text/plain'),
        html: data.getData('text/html'),
        expected: `${first.textContent}\n${second.textContent}`,
      };
    });
    expect(copied).toEqual({ text: copied.expected, html: '', expected: copied.expected });
    await page.close();
  });

  it.skipIf(!canFetchHttp(kind))('scrolls with the keyboard and goes to a page typed in the page box', async () => {
    const page = await openDocument();
    await page.keyboard.press('PageDown');
    await until(
      'the document to scroll',
      () => page.evaluate(() => scrollY),
      (y) => y > 0,
      3000,
    );
    await page.click('#sl-page-number', { count: 3 });
    await page.type('#sl-page-number', '4');
    await page.keyboard.press('Enter');
    const top = await until(
      'page 4 to reach the top',
      () => page.$eval('.sl-page[data-page-number="4"]', (p) => Math.round(p.getBoundingClientRect().top)),
      (t) => t >= 0 && t < 120,
      3000,
    );
    expect(top).toBeLessThan(120);
    await page.close();
  });

  it.skipIf(!canFetchHttp(kind))('zooms the pages, keeping the marks on their words', async () => {
    const page = await openDocument();
    const width = () => page.$eval('.sl-page', (p) => p.getBoundingClientRect().width);
    const before = await width();
    await page.click('[aria-label="Zoom out"]');
    await until('the pages to shrink', width, (w) => w < before, 3000);
    const aligned = await page.evaluate(() => {
      const [r] = [
        ...((CSS as unknown as { highlights: Map<string, Set<StaticRange>> }).highlights.get('scrutiny-lens-term') ??
          []),
      ];
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const mark = range.getBoundingClientRect();
      const page = r.startContainer.parentElement!.closest('.sl-page')!.getBoundingClientRect();
      return mark.left >= page.left && mark.right <= page.right && mark.width > 0;
    });
    expect(aligned).toBe(true);
    await page.close();
  });

  it('leaves PDF links to the browser until the reader chooses to open them here', async () => {
    const tab = await ext.browser.newPage();
    await tab.goto(server.url(COUNCIL, DOCUMENT), { timeout: 3000 }).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await addressOf(tab)).toBe(server.url(COUNCIL, DOCUMENT));
    await tab.close();
  });

  it('opens PDF links on council sites in the viewer once the reader switches that on, but not "open the original"', async () => {
    const settings = await openExtensionPage(ext, 'options.html');
    await setStorage(settings, 'local', { pdfSettings: { openPdfLinks: true } });
    const tab = await ext.browser.newPage();
    await tab.goto(server.url(COUNCIL, DOCUMENT), { timeout: 3000 }).catch(() => undefined);
    const url = await until(
      'the tab to reach the viewer',
      () => addressOf(tab),
      (u) => u.includes('viewer.html'),
      10_000,
    );
    expect(new URL(url).searchParams.get('src')).toBe(server.url(COUNCIL, DOCUMENT));
    const original = await ext.browser.newPage();
    await original
      .goto(`${server.url(COUNCIL, DOCUMENT)}#scrutiny-lens=original`, { timeout: 3000 })
      .catch(() => undefined);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await addressOf(original)).not.toContain('viewer.html');
    await setStorage(settings, 'local', { pdfSettings: { openPdfLinks: false } });
    await Promise.all([tab.close(), original.close(), settings.close()]);
  });

  it('opens a PDF chosen from the computer, with no address to record', async () => {
    const page = await openExtensionPage(ext, 'viewer.html');
    const input = (await page.waitForSelector('[data-testid="pdf-file-input"]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(join(FIXTURES_DIR, 'pdf/planning-framework.pdf'));
    await until(
      'the document to be read',
      () => stats(page),
      (s) => s.state === 'ready' && Boolean(s.allReadMs),
    );
    expect(await page.$eval('.sl-toolbar__title', (t) => t.textContent)).toBe(TITLE);
    expect(await page.$('[data-testid="open-original"]')).toBeNull();
    await page.close();
  });

  it.skipIf(!canFetchHttp(kind)).each([
    ['damaged.pdf', 'damaged', 'This PDF is damaged'],
    ['not-a-pdf.pdf', 'not-pdf', 'This is not a PDF'],
    ['protected.pdf', 'password', 'protected by a password'],
    ['sign-in.html', 'needs-login', 'sign in'],
    ['missing.pdf', 'not-found', 'not at this address'],
  ])('says what went wrong with %s and offers the original', async (file, failure, words) => {
    const { page, kind: shown, text } = await openFailure(`/fixtures/pdf/${file}`);
    expect(shown).toBe(failure);
    expect(text).toContain(words);
    const original = await page.$eval('[data-testid="open-original"]', (a) => (a as HTMLAnchorElement).href);
    expect(original).toBe(`${server.url(COUNCIL, `/fixtures/pdf/${file}`)}#scrutiny-lens=original`);
    await page.close();
  });

  it.skipIf(!canFetchHttp(kind))('asks for permission to read a site outside the council and NHS sites', async () => {
    const page = await openExtensionPage(ext, viewerOf(DOCUMENT, 'www.example.org'));
    const failure = await page.waitForSelector('[data-failure]', { timeout: 15_000 });
    expect(await failure!.evaluate((el) => el.getAttribute('data-failure'))).toBe('not-allowed');
    expect(await failure!.evaluate((el) => (el as HTMLElement).innerText)).toContain(
      'Allow Scrutiny Lens to read www.example.org',
    );
    await page.close();
  });

  it.skipIf(!canFetchHttp(kind))('opens a password-protected PDF once the password is given', async () => {
    const { page } = await openFailure('/fixtures/pdf/protected.pdf');
    await page.type('#sl-password', 'scrutiny');
    await page.keyboard.press('Enter');
    await until(
      'the document to open',
      () => stats(page),
      (s) => s.state === 'ready' && Boolean(s.allReadMs),
    );
    expect((await readMarks(page)).length).toBeGreaterThan(0);
    await page.close();
  });

  it.skipIf(!canFetchHttp(kind))('says a scanned PDF is images of pages whose text cannot be read', async () => {
    const page = await openDocument('/fixtures/pdf/scanned.pdf');
    const notice = await page.waitForSelector('[data-testid="no-text-notice"]', { timeout: 10_000 });
    expect(await notice!.evaluate((n) => n.textContent)).toContain(
      'This document is images of pages; its text cannot be read',
    );
    await page.close();
  });
});
