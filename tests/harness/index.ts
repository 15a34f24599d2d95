/**
 * The real-browser harness shared by the end-to-end tests, the benchmark and
 * `npm start`:
 * - `startFixtureServer()` serves ../shared/corpus and tests/fixtures/pages on 127.0.0.1;
 * - `launchWithExtension(kind, { port })` starts Chromium or Firefox ESR with the built
 *   extension and every host name mapped to that server, so
 *   `server.url('democracy.leeds.gov.uk', '/corpus/…')` is a real council address to the browser;
 * - `readMarks(page)` / `waitForMarks(page)` read what the extension painted;
 * - `openExtensionPage(ext, 'popup.html')` opens one of the extension's own pages;
 * - `waitForCard(page)` reads the term card once it shows a term;
 * - `openMarkedDynamicPage(ext, server)` opens the fixture most on-page tests start from.
 */
export * from './browsers';
export * from './card';
export * from './dynamic-page';
export * from './extension-api';
export * from './marks';
export * from './server';
export * from './settles';
