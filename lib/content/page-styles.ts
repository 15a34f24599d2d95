/**
 * Puts our ::highlight() rules into the page without adding an element to it:
 * a constructed stylesheet adopted by the document. Where the browser will not
 * let a content script adopt a sheet, the rules go in a <style> inside our own
 * host element instead (which is already in the page for the card).
 */
export interface PageStyles {
  update(css: string): void;
  remove(): void;
}

export function installPageStyles(doc: Document, fallbackParent: () => Element): PageStyles {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  try {
    const Sheet = win?.CSSStyleSheet ?? CSSStyleSheet;
    const sheet = new Sheet();
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    if (!doc.adoptedStyleSheets.includes(sheet)) throw new Error('not adopted');
    return {
      update: (css) => sheet.replaceSync(css),
      remove: () => {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      },
    };
  } catch {
    const style = doc.createElement('style');
    fallbackParent().append(style);
    return {
      update: (css) => {
        style.textContent = css;
      },
      remove: () => style.remove(),
    };
  }
}
