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
  const Sheet = win?.CSSStyleSheet ?? CSSStyleSheet;
  return adoptDirectly(doc, Sheet) ?? adoptThroughPage(doc, Sheet) ?? addStyleElement(doc);
}

function adoptDirectly(doc: Document, Sheet: typeof CSSStyleSheet): PageStyles | undefined {
  try {
    const sheet = new Sheet();
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    if (!doc.adoptedStyleSheets.includes(sheet)) return undefined;
    return {
      update: (css) => sheet.replaceSync(css),
      remove: () => {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      },
    };
  } catch {
    return undefined;
  }
}

/**
 * Firefox ESR 140 would not let a content script read or set the document's adopted sheets through its
 * own view of the page ("Accessing from Xray wrapper is not supported"); 153 does. The manifest now asks
 * for 144, for PDF.js, and releases 144-152 were not tried, so a refusal there still ends in the sheet
 * adopted rather than an element in the page: the page's own view of the list (`wrappedJSObject`) takes
 * it. What that runs is the page's Array methods, on the page's own list.
 */
function adoptThroughPage(doc: Document, Sheet: typeof CSSStyleSheet): PageStyles | undefined {
  try {
    const list = (doc as Document & { wrappedJSObject?: Document }).wrappedJSObject?.adoptedStyleSheets;
    if (!list) return undefined;
    const sheet = new Sheet();
    list.push(sheet);
    if (list.indexOf(sheet) < 0) return undefined;
    return {
      update: (css) => sheet.replaceSync(css),
      remove: () => {
        const at = list.indexOf(sheet);
        if (at >= 0) list.splice(at, 1);
      },
    };
  } catch {
    return undefined;
  }
}

function addStyleElement(doc: Document): PageStyles {
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
