/**
 * Selection and copy as in a normal viewer. The text layer is transparent
 * text over the picture: copying it as rich text would paste invisible text
 * into a word processor, so the viewer puts plain text on the clipboard. While
 * the mouse is down, the layer is marked "selecting" so PDF.js's stylesheet
 * stretches its end-of-content block and dragging past the last line does not
 * jump the selection to the top of the page.
 */
export function watchSelection(doc: Document = document): () => void {
  const onDown = (e: MouseEvent) => {
    (e.target as Element | null)?.closest?.('.textLayer')?.classList.add('selecting');
  };
  const onUp = () => {
    for (const layer of doc.querySelectorAll('.textLayer.selecting')) layer.classList.remove('selecting');
  };
  const onCopy = (e: ClipboardEvent) => {
    const selection = doc.getSelection();
    if (!selection || selection.isCollapsed || !e.clipboardData) return;
    const range = selection.getRangeAt(0);
    const container = range.commonAncestorContainer;
    const inPages = (container.nodeType === 1 ? (container as Element) : container.parentElement)?.closest('.sl-pages');
    if (!inPages) return;
    e.clipboardData.setData('text/plain', plainText(selection.toString()));
    e.preventDefault();
  };
  doc.addEventListener('mousedown', onDown);
  doc.addEventListener('pointerup', onUp);
  doc.addEventListener('copy', onCopy);
  return () => {
    doc.removeEventListener('mousedown', onDown);
    doc.removeEventListener('pointerup', onUp);
    doc.removeEventListener('copy', onCopy);
  };
}

/** NUL characters from broken font encodings would end the text early in some programs. */
export function plainText(text: string): string {
  return text.replace(/\0/g, '');
}
