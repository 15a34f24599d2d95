/**
 * Puts our ::highlight() rules into the page without adding an element to it:
 * a constructed stylesheet adopted by the document. (A constructed sheet is
 * also outside the page's Content-Security-Policy for styles.) Where a browser
 * will not let a content script adopt a sheet, a <style> element in the head
 * is the fallback.
 */
export interface PageStyles {
  /** Sets the rules; the same rules again change nothing, since any change restyles the whole page. */
  update(css: string): void;
  remove(): void;
}

export function installPageStyles(doc: Document): PageStyles {
  const styles = adopt(doc);
  let current: string | undefined;
  return {
    update(css) {
      if (css === current) return;
      current = css;
      styles.update(css);
    },
    remove: () => styles.remove(),
  };
}

function adopt(doc: Document): PageStyles {
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
    style.setAttribute('data-scrutiny-lens', '');
    (doc.head ?? doc.documentElement).append(style);
    return {
      update: (css) => {
        style.textContent = css;
      },
      remove: () => style.remove(),
    };
  }
}
