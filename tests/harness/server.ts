import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { councilPage, markdownToHtmlBody } from './markdown-page';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const CORPUS_DIR = resolve(PROJECT_ROOT, '../shared/corpus');
export const FIXTURES_DIR = resolve(PROJECT_ROOT, 'tests/fixtures/pages');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.md': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

export interface FixtureServer {
  port: number;
  /** An address under a real council or NHS host name, resolved to this server by the browser. */
  url(host: string, path: string): string;
  /** Every request the server saw, for checking that nothing else was asked for. */
  requests: Array<{ host: string; path: string }>;
  close(): Promise<void>;
}

/** Renders a corpus file as the browser should see it: HTML as is, Markdown inside council page chrome. */
export async function corpusPage(file: string): Promise<string> {
  const raw = await readFile(join(CORPUS_DIR, file), 'utf8');
  if (!file.endsWith('.md')) return raw;
  const title = /^#\s+(.+)$/m.exec(raw)?.[1] ?? file.replace(/[_-]/g, ' ').replace(/\.md$/, '');
  return councilPage(title, markdownToHtmlBody(raw));
}

function within(dir: string, rel: string): string | undefined {
  const full = normalize(join(dir, rel));
  return full.startsWith(dir) ? full : undefined;
}

/**
 * Serves `/corpus/<file>` from ../shared/corpus and `/fixtures/<file>` from
 * tests/fixtures/pages on 127.0.0.1. Browsers are pointed at it under any
 * host name (see browsers.ts), so the extension's real manifest matches apply.
 */
export async function startFixtureServer(): Promise<FixtureServer> {
  const requests: FixtureServer['requests'] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push({ host: req.headers.host ?? '', path: url.pathname });
    try {
      let body: string | Buffer | undefined;
      let file: string | undefined;
      if (url.pathname.startsWith('/corpus/')) {
        const rel = decodeURIComponent(url.pathname.slice('/corpus/'.length));
        if (within(CORPUS_DIR, rel)) {
          file = rel;
          body = await corpusPage(rel);
        }
      } else if (url.pathname.startsWith('/fixtures/')) {
        const full = within(FIXTURES_DIR, decodeURIComponent(url.pathname.slice('/fixtures/'.length)));
        if (full) {
          file = full;
          body = await readFile(full);
        }
      } else if (url.pathname === '/favicon.ico') {
        res.writeHead(204).end();
        return;
      }
      if (body === undefined || !file) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      const csp = url.searchParams.get('csp');
      if (csp) headers['content-security-policy'] = csp;
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests,
    url: (host, path) => `http://${host}:${port}${path.startsWith('/') ? path : `/${path}`}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
