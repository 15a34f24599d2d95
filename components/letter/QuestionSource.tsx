import type { BasketEntry } from '@/lib/letters/drafts';
import { safeWebUrl } from '@/lib/letters/text';

/** Where a question was found: the page's title, linked, and its address written out. */
export function QuestionSource({ source }: { source: BasketEntry['source'] }) {
  const title = source.pageTitle.trim();
  const url = safeWebUrl(source.pageUrl);
  if (!title && !url) return <p class="sl-question-source">Written by you</p>;
  const page = source.pdfPage ? `, page ${source.pdfPage}` : '';
  return (
    <p class="sl-question-source">
      Seen on{' '}
      {url ? (
        <a href={url} target="_blank" rel="noreferrer">
          {title || url}
        </a>
      ) : (
        title
      )}
      {page}
      {url && title && <span class="sl-question-url">{url}</span>}
    </p>
  );
}
