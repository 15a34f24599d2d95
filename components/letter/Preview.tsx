import type { Block, Inline, LetterDocument, Line } from '@/lib/letters/model';
import { referenceCitation } from '@/lib/letters/model';
import { focusElement, targetFor } from './dom-ids';

/*
 * The letter as the reader will see it. Every piece of text the writer typed
 * is a text node: nothing here builds markup from strings.
 */

function Placeholder({ fieldId, text }: { fieldId: string; text: string }) {
  const target = targetFor(fieldId);
  return (
    <a
      class="sl-placeholder"
      href={`#${target}`}
      onClick={(e) => {
        if (focusElement(target)) e.preventDefault();
      }}
    >
      <span class="sl-visually-hidden">Not filled in yet: </span>
      {text}
    </a>
  );
}

function Inlines({ content }: { content: readonly Inline[] }) {
  return (
    <>
      {content.map((i, n) =>
        i.type === 'placeholder' ? <Placeholder key={n} fieldId={i.fieldId} text={i.text} /> : i.text,
      )}
    </>
  );
}

function Lines({ lines }: { lines: readonly Line[] }) {
  return (
    <>
      {lines.map((line, n) => (
        <span class="sl-line" key={n}>
          <Inlines content={line} />
        </span>
      ))}
    </>
  );
}

function BlockView({ block }: { block: Block }) {
  switch (block.type) {
    case 'address':
      return (
        <p class="sl-letter-address">
          <Lines lines={block.lines} />
        </p>
      );
    case 'date':
      return (
        <p class="sl-letter-date">
          <time dateTime={block.iso}>{block.text}</time>
        </p>
      );
    case 'salutation':
      return (
        <p>
          <Inlines content={block.content} />
        </p>
      );
    case 'heading':
      return (
        <h3 class="sl-letter-heading">
          <Inlines content={block.content} />
        </h3>
      );
    case 'paragraph':
      return (
        <p class={block.personal ? 'sl-letter-personal' : undefined}>
          <Inlines content={block.content} />
        </p>
      );
    case 'questions':
      return (
        <>
          {block.intro && (
            <p>
              <Inlines content={block.intro} />
            </p>
          )}
          {block.empty && (
            <p>
              <Placeholder fieldId={block.empty.fieldId} text={block.empty.text} />
            </p>
          )}
          {block.items.length > 0 && (
            <ol class="sl-letter-questions">
              {block.items.map((q) => (
                <li key={q.questionId}>
                  {q.text}
                  {q.refs.length > 0 && ` ${q.refs.map((n) => `[${n}]`).join('')}`}
                </li>
              ))}
            </ol>
          )}
        </>
      );
    case 'references':
      return (
        <section class="sl-letter-references" aria-label={block.heading}>
          <h4>{block.heading}</h4>
          {block.intro && <p>{block.intro}</p>}
          <ul>
            {block.items.map((r) => (
              <li key={r.number}>
                [{r.number}] {referenceCitation(r)}
                {r.url && (
                  <span class="sl-line">
                    <a href={r.url} target="_blank" rel="noreferrer">
                      {r.url}
                    </a>
                  </span>
                )}
                {r.archiveUrl && (
                  <span class="sl-line">
                    Archived copy:{' '}
                    <a href={r.archiveUrl} target="_blank" rel="noreferrer">
                      {r.archiveUrl}
                    </a>
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      );
    case 'signoff':
      return (
        <div class="sl-letter-signoff">
          <p>{block.closing}</p>
          <p>
            <Lines lines={block.lines} />
          </p>
        </div>
      );
  }
}

/** The live preview, also what Print prints. */
export function Preview({ document: doc }: { document: LetterDocument }) {
  return (
    <article class="sl-letter-paper" aria-label="Your letter">
      {doc.blocks.map((block, n) => (
        <BlockView key={`${block.type}-${n}`} block={block} />
      ))}
    </article>
  );
}
