import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEnv, checkStorePackage } from '../tools/check-store-package';

/**
 * The packages `npm run zip` makes are the ones the stores receive: they pass
 * tests/tools/check-store-package.ts, rebuild from the sources zip included.
 */
describe('the store packages', () => {
  it('are ready for the Chrome Web Store and addons.mozilla.org', { timeout: 600_000 }, () => {
    execFileSync('npm', ['run', 'zip'], { cwd: resolve(import.meta.dirname, '../..'), env: buildEnv(), stdio: 'pipe' });
    const report = checkStorePackage();
    console.log(
      `store packages: ${Object.entries(report.sizes)
        .map(([name, bytes]) => `${name} ${(bytes / 1e6).toFixed(2)} MB`)
        .join(', ')}; ${report.rebuiltFiles} files rebuilt identically from the sources zip`,
    );
    expect(report.problems).toEqual([]);
    expect(report.rebuiltFiles).toBeGreaterThan(10);
  });
});
