import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { polyfillAsEsm, polyfillEsmPlugin } from '../../../lib/build/polyfill-esm-plugin';

/**
 * webextension-polyfill served as an ES module, so the bundle needs no
 * CommonJS interop: the interop copied every property of the polyfill's
 * export, reading each one's descriptor, which makes the browser build every
 * one of its lazily built APIs on every page.
 */
const umd = readFileSync(
  createRequire(import.meta.url).resolve('webextension-polyfill/dist/browser-polyfill.js'),
  'utf8',
);

/** Runs the module's code in a fresh global scope holding `globals`, and returns its default export. */
function evaluate(globals: Record<string, unknown>): unknown {
  const code = polyfillAsEsm(umd).replace('export default module.exports;', 'module.exports;');
  return runInNewContext(code, { ...globals });
}

const chromeApi = () => ({ runtime: { id: 'ext', sendMessage: () => undefined } });

describe('webextension-polyfill as an ES module', () => {
  it('exports the browser’s own `browser` where there is one, without reading any of its properties’ descriptors', () => {
    const read: string[] = [];
    const browser = new Proxy(chromeApi(), {
      getOwnPropertyDescriptor: (target, key) => {
        read.push(String(key));
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
      ownKeys: (target) => {
        read.push('(own keys)');
        return Reflect.ownKeys(target);
      },
    });
    expect(evaluate({ chrome: chromeApi(), browser })).toBe(browser);
    expect(read).toEqual([]);
  });

  it('exports the polyfill’s promise-based wrapper of `chrome` where there is no `browser`', async () => {
    const chrome = {
      runtime: {
        id: 'ext',
        lastError: undefined,
        sendMessage: (message: unknown, reply: (answer: unknown) => void) => reply({ echo: message }),
      },
    };
    const exported = evaluate({ chrome }) as { runtime: { id: string; sendMessage(m: unknown): Promise<unknown> } };
    expect(exported).not.toBe(chrome);
    expect(exported.runtime.id).toBe('ext');
    await expect(exported.runtime.sendMessage('hi')).resolves.toEqual({ echo: 'hi' });
  });

  it('is not taken over by an AMD loader or a CommonJS `exports` in the global scope', () => {
    const browser = chromeApi();
    const define = Object.assign(
      () => {
        throw new Error('define was called');
      },
      { amd: {} },
    );
    expect(evaluate({ chrome: chromeApi(), browser, define, exports: {} })).toBe(browser);
  });

  it('keeps no source-map comment, whose file the bundle does not ship', () => {
    expect(umd).toContain('//# sourceMappingURL=');
    expect(polyfillAsEsm(umd)).not.toContain('//# sourceMappingURL=');
  });

  it('is what the build resolves the package name to, and nothing else', () => {
    const plugin = polyfillEsmPlugin() as unknown as { resolveId(id: string): string | undefined };
    expect(plugin.resolveId('webextension-polyfill')).toMatch(/^\0/);
    expect(plugin.resolveId('webextension-polyfill/dist/browser-polyfill.js')).toBeUndefined();
    expect(plugin.resolveId('preact')).toBeUndefined();
  });
});
