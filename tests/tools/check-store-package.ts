/**
 * Checks the packages `npm run zip` leaves in .output/ before they go to the
 * Chrome Web Store and addons.mozilla.org: the manifest fields both stores
 * require, icons of the sizes they name, no source maps, a strict extension
 * CSP, the sizes of each zip, and that Mozilla's reviewers can rebuild the
 * Firefox package from the sources zip byte for byte.
 *
 *   npx tsx tests/tools/check-store-package.ts            # after npm run zip
 *   npx tsx tests/tools/check-store-package.ts --no-rebuild
 *
 * Exits 1 and lists every problem if there is any.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '../..');
const OUTPUT = join(ROOT, '.output');
const ICON_SIZES = [16, 32, 48, 128];
/** Both stores cut the description at 132 characters. */
const DESCRIPTION_MAX = 132;

export interface PackageReport {
  problems: string[];
  /** Zip name → bytes. */
  sizes: Record<string, number>;
  /** Files compared between the Firefox package and its rebuild from the sources zip (0 when skipped). */
  rebuiltFiles: number;
}

/** The files of a zip, by name. Stored and deflated entries: all `wxt zip` writes. */
export function readZip(bytes: Buffer): Map<string, Buffer> {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--)
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new Error('not a zip file');
  const files = new Map<string, Buffer>();
  let p = bytes.readUInt32LE(eocd + 16);
  for (let n = bytes.readUInt16LE(eocd + 10); n > 0; n--) {
    const method = bytes.readUInt16LE(p + 10);
    const size = bytes.readUInt32LE(p + 20);
    const nameLength = bytes.readUInt16LE(p + 28);
    const local = bytes.readUInt32LE(p + 42);
    const name = bytes.toString('utf8', p + 46, p + 46 + nameLength);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + size);
    if (!name.endsWith('/')) files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    p += 46 + nameLength + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
  }
  return files;
}

/** A PNG's pixel size, from its IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } | undefined {
  if (png.length < 24 || png.toString('latin1', 1, 4) !== 'PNG' || png.toString('latin1', 12, 16) !== 'IHDR') return;
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Problems with one store package's manifest, icons and files. */
export function packageProblems(label: string, files: Map<string, Buffer>): string[] {
  const problems: string[] = [];
  const say = (p: string) => problems.push(`${label}: ${p}`);
  const raw = files.get('manifest.json');
  if (!raw) return [`${label}: no manifest.json`];
  const manifest = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
  for (const field of ['name', 'version', 'description', 'manifest_version'])
    if (!manifest[field]) say(`manifest has no ${field}`);
  const description = String(manifest.description ?? '');
  if (description.length > DESCRIPTION_MAX)
    say(`description is ${description.length} characters; the stores show at most ${DESCRIPTION_MAX}`);
  if (!/^\d+(\.\d+){0,3}$/.test(String(manifest.version ?? '')))
    say(`version "${manifest.version}" is not 1–4 numbers`);
  const icons = (manifest.icons ?? {}) as Record<string, string>;
  for (const size of ICON_SIZES) {
    const path = icons[String(size)];
    const png = path && files.get(path.replace(/^\//, ''));
    if (!path) say(`manifest names no ${size}×${size} icon`);
    else if (!png) say(`icon ${path} is not in the package`);
    else {
      const actual = pngSize(png);
      if (!actual) say(`icon ${path} is not a PNG`);
      else if (actual.width !== size || actual.height !== size)
        say(`icon ${path} is ${actual.width}×${actual.height}, not ${size}×${size}`);
    }
  }
  const csp = JSON.stringify(manifest.content_security_policy ?? '');
  if (/unsafe-eval'|unsafe-inline|https?:|\*/.test(csp.replace(/'wasm-unsafe-eval'/g, '')))
    say(`content_security_policy loosens MV3's default: ${csp}`);
  for (const [name, data] of files) {
    if (/\.(m?js|html)$/.test(name) && data.includes(ROOT)) say(`${name} holds the builder's path ${ROOT}`);
    if (name.endsWith('.map')) say(`holds a source map, ${name}`);
    else if (/\.(m?js|css)$/.test(name) && /[#@] sourceMappingURL=/.test(data.toString('utf8')))
      say(`${name} points to a source map`);
  }
  return problems;
}

/**
 * The environment for a store build: every entrypoint, and production mode. Under a test runner
 * NODE_ENV is "test", and Preact's JSX then compiles in development form, with the builder's absolute
 * file paths in the bundle.
 */
export function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.WXT_ONLY;
  delete env.NODE_ENV;
  return env;
}

const digest = (data: Buffer) => createHash('sha256').update(data).digest('hex');

function filesUnder(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.set(relative(dir, full), readFileSync(full));
    }
  };
  walk(dir);
  return out;
}

/**
 * Unpacks the sources zip where a reviewer would, builds the Firefox package
 * from it with this project's node_modules (no network), and compares every
 * file with the package that will be uploaded.
 */
export function rebuildProblems(
  sources: Map<string, Buffer>,
  shipped: Map<string, Buffer>,
): { problems: string[]; compared: number } {
  const dir = mkdtempSync(join(tmpdir(), 'scrutiny-lens-sources-'));
  try {
    for (const [name, data] of sources) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), data);
    }
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], {
      cwd: dir,
      env: buildEnv(),
      stdio: 'pipe',
      timeout: 300_000,
    });
    const rebuilt = filesUnder(join(dir, '.output', 'firefox-mv3'));
    const problems: string[] = [];
    for (const name of new Set([...rebuilt.keys(), ...shipped.keys()])) {
      const a = rebuilt.get(name);
      const b = shipped.get(name);
      if (!a) problems.push(`rebuild from sources: ${name} is in the package but not rebuilt`);
      else if (!b) problems.push(`rebuild from sources: ${name} is rebuilt but not in the package`);
      else if (digest(a) !== digest(b)) problems.push(`rebuild from sources: ${name} differs`);
    }
    return { problems, compared: shipped.size };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function checkStorePackage(options: { rebuild?: boolean } = {}): PackageReport {
  const zips = existsSync(OUTPUT) ? readdirSync(OUTPUT).filter((f) => f.endsWith('.zip')) : [];
  const find = (suffix: string) => zips.find((z) => z.endsWith(suffix));
  const problems: string[] = [];
  const sizes: Record<string, number> = {};
  const read = (name: string | undefined, what: string) => {
    if (!name) {
      problems.push(`no ${what} zip in .output/: run npm run zip`);
      return undefined;
    }
    const bytes = readFileSync(join(OUTPUT, name));
    sizes[name] = bytes.length;
    return readZip(bytes);
  };
  const chrome = read(find('-chrome.zip'), 'Chrome');
  const firefox = read(find('-firefox.zip'), 'Firefox');
  const sources = read(find('-sources.zip'), 'Firefox sources');
  if (chrome) problems.push(...packageProblems('Chrome package', chrome));
  if (firefox) problems.push(...packageProblems('Firefox package', firefox));
  let rebuiltFiles = 0;
  if (options.rebuild !== false && firefox && sources) {
    const rebuilt = rebuildProblems(sources, firefox);
    problems.push(...rebuilt.problems);
    rebuiltFiles = rebuilt.compared;
  }
  return { problems, sizes, rebuiltFiles };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = checkStorePackage({ rebuild: !process.argv.includes('--no-rebuild') });
  for (const [name, bytes] of Object.entries(report.sizes)) console.log(`${name}: ${(bytes / 1e6).toFixed(2)} MB`);
  if (report.rebuiltFiles)
    console.log(`Firefox package rebuilt from its sources zip: ${report.rebuiltFiles} files identical`);
  if (report.problems.length) {
    console.error(report.problems.map((p) => `✗ ${p}`).join('\n'));
    process.exit(1);
  }
  console.log('✓ store packages ready');
}
