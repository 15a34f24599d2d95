import { useRef } from 'preact/hooks';
import { bundledTemplates } from '@/lib/letters/templates';
import { DraftList } from './DraftList';
import { TemplateChoice } from './TemplateChoice';
import { useAnnouncer } from './use-announcer';
import { useBasket } from './use-basket';
import { useDrafts } from './use-drafts';

interface Props {
  onStart(templateId: string): void;
  onOpen(draftId: string): void;
  /** Why the page came back here, e.g. a draft that no longer exists. */
  notice?: string;
}

/** Where the letter page starts: carry on with a draft, or pick a kind of letter. */
export function StartScreen({ onStart, onOpen, notice }: Props) {
  const { drafts, loaded, refresh } = useDrafts();
  const basket = useBasket();
  const [message, announce] = useAnnouncer();
  const count = basket.entries.length;
  // Once shown, the list stays even when its last draft is deleted, so that delete can still be undone.
  const hadDrafts = useRef(false);
  hadDrafts.current ||= drafts.length > 0;

  return (
    <main class="sl-letter-page sl-start">
      <h1 tabIndex={-1}>Write a letter</h1>
      {notice && (
        <p class="sl-notice" role="alert">
          {notice}
        </p>
      )}
      <p>
        Turn the questions you gathered while reading into a letter: to the chair of your health scrutiny committee, a
        Health and Wellbeing Board, your councillors, or a Freedom of Information request. Letters are saved in this
        browser as you type and go nowhere until you send them.
      </p>
      {basket.loaded && (
        <p>
          {count === 0
            ? 'Your questions basket is empty. Add questions from the explanation cards, or write your own in the letter.'
            : `You have ${count} question${count === 1 ? '' : 's'} in your basket.`}
        </p>
      )}

      {loaded && hadDrafts.current && (
        <section aria-labelledby="drafts-heading">
          <h2 id="drafts-heading">Your drafts</h2>
          <DraftList drafts={drafts} onOpen={onOpen} refresh={refresh} announce={announce} />
        </section>
      )}

      <section aria-labelledby="templates-heading">
        <h2 id="templates-heading">Start a new letter</h2>
        <TemplateChoice templates={bundledTemplates()} onStart={onStart} />
      </section>
      <p role="status" class="sl-visually-hidden">
        {message}
      </p>
    </main>
  );
}
