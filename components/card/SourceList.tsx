import type { SourceRef } from '@/lib/glossary/schema';
import type { Glossary } from '@/lib/glossary/validate';
import { formatIsoDate } from './dates';
import { EXTERNAL_LINK, safeHref } from './links';

interface Props {
  refs: readonly SourceRef[];
  sources: Glossary['sources'];
}

/** Each source as title, publisher and date, with an archived copy for when the original moves or disappears. */
export function SourceList({ refs, sources }: Props) {
  const cited = refs.flatMap((ref) => {
    const source = sources.get(ref.source);
    return source ? [{ ref, source }] : [];
  });
  if (!cited.length) return null;
  return (
    <ul class="sl-card__sources">
      {cited.map(({ ref, source }, i) => {
        const href = safeHref(source.url);
        const archive = safeHref(source.archiveUrl);
        return (
          <li key={`${source.id}-${i}`}>
            {href ? (
              <a href={href} {...EXTERNAL_LINK}>
                {source.title}
              </a>
            ) : (
              source.title
            )}
            <span class="sl-card__source-meta">
              {`, ${source.publisher}, ${formatIsoDate(source.date)}`}
              {ref.section ? ` (${ref.section})` : ''}
            </span>
            {archive && (
              <>
                {' · '}
                <a href={archive} {...EXTERNAL_LINK} class="sl-card__archive">
                  archived copy<span class="sl-card__vh"> of {source.title}</span>
                </a>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
