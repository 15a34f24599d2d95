import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { PROJECT_ROOT } from './server';

export type BrowserKind = 'chromium' | 'firefox';
export const BROWSER_KINDS: readonly BrowserKind[] = ['chromium', 'firefox'];

/** Firefox gives each install a random internal UUID; pinning it lets tests address extension pages. */
const FIREFOX_ADDON_ID = 'scrutiny-lens@scrutinylens.org.uk';
const FIREFOX_ADDON_UUID = '5c7e1e11-5c1e-4e45-8b1a-5c2017e115e5';

const EXECUTABLES: Record<BrowserKind, string[]> = {
  chromium: [
    process.env.CHROMIUM_PATH ?? '',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ],
  firefox: [process.env.FIREFOX_PATH ?? '', '/usr/bin/firefox-esr', '/usr/bin/firefox'],
};

export function executablePath(kind: BrowserKind): string {
  const found = EXECUTABLES[kind].find((p) => p && existsSync(p));
  if (!found)
    throw new Error(
      `No ${kind} found. Install it with: apt-get install ${kind === 'chromium' ? 'chromium' : 'firefox-esr'}`,
    );
  return found;
}

export function extensionDir(kind: BrowserKind): string {
  const dir = resolve(PROJECT_ROOT, '.output', kind === 'chromium' ? 'chrome-mv3' : 'firefox-mv3');
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No build in ${dir}: run npm run build first`);
  return dir;
}

export interface ExtensionBrowser {
  kind: BrowserKind;
  browser: Browser;
  /** chrome-extension://<id>/ or moz-extension://<uuid>/ */
  extensionBase: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Every host name resolves to this port on 127.0.0.1. */
  port: number;
  /** Install the built extension (default true); false gives a clean browser for baselines. */
  withExtension?: boolean;
  viewport?: { width: number; height: number };
  /** The reader's preferences the browser reports to pages (`prefers-color-scheme`, `prefers-reduced-motion`). */
  reader?: { colourScheme?: 'light' | 'dark'; reducedMotion?: boolean };
}

/** Launches a headless browser with the built extension installed and every host name mapped to the fixture server. */
export async function launchWithExtension(kind: BrowserKind, options: LaunchOptions): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), `scrutiny-lens-${kind}-`));
  const viewport = options.viewport ?? { width: 1280, height: 900 };
  let browser: Browser;
  if (kind === 'chromium') {
    browser = await puppeteer.launch({
      executablePath: executablePath(kind),
      headless: true,
      pipe: true,
      enableExtensions: options.withExtension !== false,
      userDataDir: profile,
      defaultViewport: viewport,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--disable-quic',
        `--host-resolver-rules=MAP * 127.0.0.1:${options.port}`,
        ...(options.reader?.colourScheme === 'dark' ? ['--force-dark-mode'] : []),
        ...(options.reader?.reducedMotion ? ['--force-prefers-reduced-motion'] : []),
      ],
    });
  } else {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: executablePath(kind),
      headless: true,
      userDataDir: profile,
      defaultViewport: viewport,
      // Firefox 153+ only lets WebDriver open moz-extension:// pages with system access allowed.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'network.dns.forceResolve': '127.0.0.1',
        'network.proxy.type': 0,
        'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_ADDON_UUID }),
        'browser.shell.checkDefaultBrowser': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'app.update.enabled': false,
        ...(options.reader?.colourScheme && {
          'ui.systemUsesDarkTheme': options.reader.colourScheme === 'dark' ? 1 : 0,
          // 0 dark, 1 light: what pages see, whatever the browser's own theme.
          'layout.css.prefers-color-scheme.content-override': options.reader.colourScheme === 'dark' ? 0 : 1,
        }),
        ...(options.reader?.reducedMotion && { 'ui.prefersReducedMotion': 1 }),
      },
    });
  }
  let extensionBase = '';
  if (options.withExtension !== false) {
    const id = await browser.installExtension(extensionDir(kind));
    extensionBase = kind === 'chromium' ? `chrome-extension://${id}/` : `moz-extension://${FIREFOX_ADDON_UUID}/`;
  }
  return {
    kind,
    browser,
    extensionBase,
    close: async () => {
      await browser.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Opens an extension page (popup.html, options.html, letter.html…) in a tab.
 * Firefox's WebDriver BiDi navigates to moz-extension:// but never reports the
 * load, so there we start the navigation and wait for the page itself.
 */
export async function openExtensionPage(ext: ExtensionBrowser, path: string, page?: Page): Promise<Page> {
  const tab = page ?? (await ext.browser.newPage());
  const url = ext.extensionBase + path.replace(/^\//, '');
  if (ext.kind === 'chromium') {
    await tab.goto(url, { waitUntil: 'load' });
  } else {
    await tab.goto(url, { waitUntil: 'domcontentloaded', timeout: 1500 }).catch(() => undefined);
    const deadline = Date.now() + 15_000;
    for (;;) {
      const href = await tab.evaluate(() => `${location.href}|${document.readyState}`).catch(() => '');
      const [loc, state] = href.split('|');
      if (loc.split('#')[0] === url.split('#')[0] && state === 'complete') break;
      if (Date.now() > deadline) throw new Error(`Extension page ${url} did not load (at ${loc})`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return tab;
}

/**
 * Waits until `selector` matches, by polling from the test: a plain evaluate
 * always answers, where waitForSelector now and then hangs on a
 * moz-extension:// page in Firefox.
 */
export async function present(page: Page, selector: string, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await page.evaluate((s) => !!document.querySelector(s), selector).catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`nothing matches ${selector} after ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Opens an extension page and waits for its app to render. About one load in
 * thirty, Firefox's WebDriver BiDi leaves an empty document at the extension's
 * address (`<html><head></head><body></body></html>`, no scripts); opening it
 * again gets the real page.
 */
export async function openRendered(ext: ExtensionBrowser, path: string, page?: Page): Promise<Page> {
  for (let attempt = 1; ; attempt++) {
    const tab = await openExtensionPage(ext, path, page);
    try {
      await present(tab, '#app > *', 5000);
      return tab;
    } catch (error) {
      if (attempt === 3) throw error;
      page = tab;
    }
  }
}
