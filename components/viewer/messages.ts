import { type ContentRequest, isLensMessage, type PageTermsReply } from '@/lib/messages';
import type { DocumentTerm } from '@/lib/pdf/doc-terms';

/** The viewer's answers to the messages a tab's content script answers, so the popup works the same on a PDF. */
export interface ViewerAnswers {
  pageTerms(): PageTermsReply & { terms: DocumentTerm[] };
  revealTerm(termId: string): boolean;
  stepMark(direction: 1 | -1): boolean;
  /** "Explain this selection" from the context menu: the background has looked the words up. */
  explain(termId: string | undefined): boolean;
}

export function listenForTabMessages(answers: () => ViewerAnswers): () => void {
  const onMessage = (message: unknown): Promise<unknown> | undefined => {
    if (!isLensMessage(message)) return undefined;
    const request = message as ContentRequest;
    switch (request.type) {
      case 'get-page-terms':
        return Promise.resolve(answers().pageTerms());
      case 'reveal-term':
        return Promise.resolve({ ok: answers().revealTerm(request.termId) });
      case 'next-mark':
        return Promise.resolve({ ok: answers().stepMark(1) });
      case 'previous-mark':
        return Promise.resolve({ ok: answers().stepMark(-1) });
      case 'explain-selection':
        return Promise.resolve({ ok: answers().explain(request.termId) });
      case 'mark-once':
        // The viewer always marks; there is nothing to switch on.
        return Promise.resolve({ ok: true });
      default:
        return undefined;
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage.removeListener(onMessage);
}
