import type { Glossary } from '@/lib/glossary/validate';
import { OnThisPage } from './OnThisPage';
import { OpenPdf } from './OpenPdf';
import { SiteControls } from './SiteControls';
import type { PageState } from './use-page';
import { useSettings } from './use-settings';

interface Props {
  page: PageState;
  glossary: Glossary;
  onReveal: (termId: string) => void;
  /** A term chosen to be shown whose every mark is folded away on the page. */
  foldedTermId?: string;
  onPageChanged: () => void;
}

/** Everything about the current tab: whether Scrutiny Lens runs on its site, and the terms it found there. */
export function PageSection({ page, glossary, onReveal, foldedTermId, onPageChanged }: Props) {
  const settings = useSettings();
  const host = page.kind === 'read' || page.kind === 'unread' ? page.host : undefined;
  return (
    <section class="sl-page" aria-labelledby="sl-page-heading">
      <h2 id="sl-page-heading" class="sl-section-heading">
        On this page
      </h2>
      {host && settings && (page.kind === 'read' || page.kind === 'unread') && (
        <SiteControls host={host} tabId={page.tab.id} settings={settings} onPageChanged={onPageChanged} />
      )}
      <OpenPdf page={page} onOpen={(url) => void browser.tabs.create({ url }).then(() => window.close())} />
      <OnThisPage page={page} glossary={glossary} onReveal={onReveal} foldedTermId={foldedTermId} />
    </section>
  );
}
