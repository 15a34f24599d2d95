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
