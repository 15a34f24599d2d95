import { useId, useState } from 'preact/hooks';
import type { Question, Term } from '@/lib/glossary/schema';
import type { Glossary } from '@/lib/glossary/validate';
import { EraNote } from './EraNote';
import { eraLineOf } from './era';
import { OtherSenses } from './OtherSenses';
import { QuestionList } from './QuestionList';
import { SourceList } from './SourceList';

export interface TermCardProps {
  term: Term;
  /** For the headwords of successors and the sources a term cites. */
  glossary: Glossary;
  /** Other meanings of the same abbreviation (ICP, STP); see otherSensesOf. */
  otherSenses?: Term[];
  onChooseSense?: (term: Term) => void;
  /** Shows "Add to my letter" on each question when given. */
  onAddQuestion?: (question: Question, term: Term) => void;
  /** Shows "Open in glossary" when given. */
  onOpenGlossary?: (termId: string) => void;
  /** The headword's id, for the container's aria-labelledby. */
  headingId?: string;
  /** 2 by default; the glossary page, which has letter headings, uses 3. */
  headingLevel?: 2 | 3 | 4;
  /** Start with "More" open, as the glossary page does. */
  detailOpen?: boolean;
}

type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5';

/** Headword, abbreviations and the word on whether the term is still in use. */
function CardHeader({
  term,
  glossary,
  headingId,
  level,
}: {
  term: Term;
  glossary: Glossary;
  headingId: string;
  level: number;
}) {
  const Heading = `h${level}` as HeadingTag;
  const shortForms = term.match.acronyms.filter((a) => a !== term.headword);
  const era = eraLineOf(term, glossary);
  return (
    <header class="sl-card__header">
      {/* Focusable so a container can move focus to the card's name when it opens. */}
      <Heading id={headingId} class="sl-card__headword" tabIndex={-1}>
        {term.headword}
      </Heading>
      {term.expansion && <p class="sl-card__expansion">{term.expansion}</p>}
      {shortForms.length > 0 && (
        <p class="sl-card__abbr">
          <span class="sl-card__abbr-label">Also written </span>
          {shortForms.join(', ')}
        </p>
      )}
      {era && <EraNote line={era} />}
    </header>
  );
}

function CardBody({
  term,
  glossary,
  otherSenses = [],
  onChooseSense,
  onAddQuestion,
  onOpenGlossary,
  headingId,
  headingLevel = 2,
  detailOpen = false,
}: TermCardProps) {
  const idBase = `sl-card-${useId()}`;
  const titleId = headingId ?? `${idBase}-title`;
  const [moreOpen, setMoreOpen] = useState(detailOpen);
  const [announcement, setAnnouncement] = useState('');
  const SubHeading = `h${headingLevel + 1}` as HeadingTag;
  // The user's own terms often have no detail; then there is nothing more to show.
  const hasMore = Boolean(term.detail || term.unconfirmed);

  return (
    <article class="sl-card" data-term-id={term.id}>
      <CardHeader term={term} glossary={glossary} headingId={titleId} level={headingLevel} />
      {term.local && <p class="sl-card__yours">Your term: you added it in Scrutiny Lens settings.</p>}
      {otherSenses.length > 0 && <OtherSenses term={term} others={otherSenses} onChooseSense={onChooseSense} />}
      <p class="sl-card__summary">{term.summary}</p>

      {hasMore && (
        <button
          type="button"
          class="sl-card__more-toggle"
          aria-expanded={moreOpen ? 'true' : 'false'}
          aria-controls={`${idBase}-more`}
          onClick={() => setMoreOpen((open) => !open)}
        >
          {moreOpen ? 'Less' : 'More'}
        </button>
      )}
      {/* Hidden rather than unmounted, so a print stylesheet can still show it. */}
      <div id={`${idBase}-more`} class="sl-card__more" hidden={!moreOpen || !hasMore}>
        <p class="sl-card__detail">{term.detail}</p>
        {term.unconfirmed && (
          <p class="sl-card__unconfirmed">
            <strong>Not yet confirmed:</strong> {term.unconfirmed}
          </p>
        )}
      </div>

      {term.sources.length > 0 && (
        <section class="sl-card__section" aria-labelledby={`${idBase}-sources`}>
          <SubHeading id={`${idBase}-sources`} class="sl-card__subheading">
            Sources
          </SubHeading>
          <SourceList refs={term.sources} sources={glossary.sources} />
        </section>
      )}
      {term.link && (
        <section class="sl-card__section" aria-labelledby={`${idBase}-link`}>
          <SubHeading id={`${idBase}-link`} class="sl-card__subheading">
            Your link
          </SubHeading>
          <p>
            <a href={term.link.url} target="_blank" rel="noopener noreferrer">
              {term.link.title}
            </a>
          </p>
        </section>
      )}

      <section class="sl-card__section" aria-labelledby={`${idBase}-questions`}>
        <SubHeading id={`${idBase}-questions`} class="sl-card__subheading">
          Questions to ask
        </SubHeading>
        <QuestionList term={term} idBase={idBase} onAddQuestion={onAddQuestion} announce={setAnnouncement} />
      </section>

      {onOpenGlossary && (
        <p class="sl-card__footer">
          <button type="button" class="sl-card__button" onClick={() => onOpenGlossary(term.id)}>
            Open in glossary
          </button>
        </p>
      )}
      <p class="sl-card__vh" role="status">
        {announcement}
      </p>
    </article>
  );
}

/**
 * The plain-English card for one term, shared by the card on the page (inside
 * the content script's shadow root, which supplies role="dialog" and
 * aria-labelledby={headingId}), the popup's term view and the glossary page.
 * Style it with cardCss. Everything is rendered as text.
 */
export function TermCard(props: TermCardProps) {
  // Keyed by term so choosing another sense starts a fresh card: "More" closed, nothing "Added".
  return <CardBody key={props.term.id} {...props} />;
}
