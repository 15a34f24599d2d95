import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * The one element Scrutiny Lens adds to a page, created the first time it is
 * needed (a card opens, or styles need a fallback home). Everything of ours
 * lives inside it, in a shadow root, so page styles and ours never mix.
 */
export interface UiHost {
  hostElement(): HTMLElement;
  isOurs(node: Node): boolean;
  remove(): void;
}

export function createUiHost(_ctx: ContentScriptContext): UiHost {
  let host: HTMLElement | undefined;
  return {
    hostElement() {
      if (!host) {
        host = document.createElement('scrutiny-lens-ui');
        host.setAttribute('style', 'all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;');
        (document.body ?? document.documentElement).append(host);
      }
      return host;
    },
    isOurs(node) {
      return Boolean(host && (node === host || host.contains(node)));
    },
    remove() {
      host?.remove();
      host = undefined;
    },
  };
}
