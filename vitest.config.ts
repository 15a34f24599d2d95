import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { glossaryPlugin } from './lib/build/glossary-plugin';

export default defineConfig({
  plugins: [
    WxtVitest(),
    glossaryPlugin(import.meta.dirname),
    preact({ devToolsEnabled: false, prefreshEnabled: false }),
  ],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          // WXT's plugin adds its fake-browser setup at the root; projects need it named.
          setupFiles: ['virtual:wxt-setup'],
          // Property tests run hundreds of cases; on a busy two-core CI machine they need more than the default 5 s.
          testTimeout: 30_000,
          mockReset: true,
          restoreMocks: true,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
