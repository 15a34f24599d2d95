import { describe, expect, it } from 'vitest';
import { installPageStyles } from '@/lib/content/page-styles';

/** A document that adopts constructed sheets and counts what is written into them. */
function fakeDocument() {
  const written: string[] = [];
  class FakeSheet {
    replaceSync(css: string) {
      written.push(css);
    }
  }
  const doc = { adoptedStyleSheets: [] as unknown[], defaultView: { CSSStyleSheet: FakeSheet } };
  return { doc: doc as unknown as Document, written, adopted: () => doc.adoptedStyleSheets };
}

describe('our stylesheet in the page', () => {
  it('is one sheet adopted by the document', () => {
    const { doc, adopted } = fakeDocument();
    installPageStyles(doc);
    expect(adopted()).toHaveLength(1);
  });

  it('is not written again with the rules it already holds, since every write restyles the whole page', () => {
    const { doc, written } = fakeDocument();
    const styles = installPageStyles(doc);
    styles.update('a');
    styles.update('a');
    expect(written).toEqual(['a']);
  });

  it('is written when the rules change', () => {
    const { doc, written } = fakeDocument();
    const styles = installPageStyles(doc);
    styles.update('a');
    styles.update('b');
    styles.update('a');
    expect(written).toEqual(['a', 'b', 'a']);
  });

  it('leaves the document with none of our sheets once removed', () => {
    const { doc, adopted } = fakeDocument();
    installPageStyles(doc).remove();
    expect(adopted()).toEqual([]);
  });
});

/**
 * A document as Firefox ESR 140 shows it to a content script: its own view of the adopted sheets throws,
 * and the page's view (`wrappedJSObject`) holds the list.
 */
function firefox140Document() {
  class FakeSheet {
    replaceSync() {}
  }
  const pageList: unknown[] = [];
  const doc = {
    get adoptedStyleSheets(): unknown[] {
      throw new Error('Accessing from Xray wrapper is not supported.');
    },
    set adoptedStyleSheets(_: unknown[]) {
      throw new Error('Accessing from Xray wrapper is not supported.');
    },
    wrappedJSObject: { adoptedStyleSheets: pageList },
    defaultView: { CSSStyleSheet: FakeSheet },
    createElement: () => {
      throw new Error('no element may be added to the page');
    },
  };
  return { doc: doc as unknown as Document, pageList };
}

describe('our stylesheet in a page whose adopted sheets a content script cannot reach directly', () => {
  it('is adopted through the page’s own list, with no element added', () => {
    const { doc, pageList } = firefox140Document();
    installPageStyles(doc);
    expect(pageList).toHaveLength(1);
  });

  it('leaves the page’s list without it once removed', () => {
    const { doc, pageList } = firefox140Document();
    pageList.push('the page’s own sheet');
    installPageStyles(doc).remove();
    expect(pageList).toEqual(['the page’s own sheet']);
  });
});
