import { isPdfUrl, viewerUrl } from '@/lib/pdf';
import type { PageState } from './use-page';

interface Props {
  page: PageState;
  onOpen: (url: string) => void;
}

/**
 * When the tab shows a PDF in the browser's own viewer, where no content
 * script runs, the popup offers to open it in Scrutiny Lens's viewer instead.
 */
export function OpenPdf({ page, onOpen }: Props) {
  if (page.kind !== 'unread' && page.kind !== 'read') return null;
  const url = page.tab.url;
  if (!url || !isPdfUrl(url)) return null;
  return (
    <div class="sl-open-pdf">
      <p class="sl-muted">
        This tab shows a PDF. The browser’s viewer cannot mark its terms; Scrutiny Lens’s viewer can.
      </p>
      <button type="button" class="sl-button" onClick={() => onOpen(viewerUrl(url))}>
        Open in Scrutiny Lens
      </button>
    </div>
  );
}
