import { type BasketEntry, getDraft, listQuestions } from '@/lib/letters/drafts';
import { defaultParagraphs } from '@/lib/letters/render';
import { getTemplate } from '@/lib/letters/templates';
import { excludedForDraft, excludedForNewLetter } from './questions';
import type { Route } from './route';

/** Everything the builder starts from. */
export interface InitialLetter {
  draftId?: string;
  templateId: string;
  values: Record<string, string | string[]>;
  includeParagraphs: string[];
  /** Basket questions this letter leaves out. */
  excluded: string[];
  basket: BasketEntry[];
}

export type LoadResult = { ok: true; letter: InitialLetter } | { ok: false; message: string };

/** Reads the draft (or starts a letter on the template) named in the page's address. */
export async function loadInitialLetter(route: Exclude<Route, { view: 'start' }>): Promise<LoadResult> {
  const basket = await listQuestions();
  if (route.view === 'new') {
    const template = getTemplate(route.templateId);
    if (!template) return { ok: false, message: `There is no letter called “${route.templateId}”.` };
    return {
      ok: true,
      letter: {
        templateId: template.id,
        values: {},
        includeParagraphs: defaultParagraphs(template),
        excluded: excludedForNewLetter(template, basket),
        basket,
      },
    };
  }
  const draft = await getDraft(route.draftId);
  if (!draft) return { ok: false, message: 'That draft could not be found. It may have been deleted.' };
  if (!getTemplate(draft.templateId))
    return {
      ok: false,
      message: `That draft uses a kind of letter this version does not have (“${draft.templateId}”).`,
    };
  return {
    ok: true,
    letter: {
      draftId: draft.id,
      templateId: draft.templateId,
      values: draft.values,
      includeParagraphs: draft.includeParagraphs,
      excluded: excludedForDraft(draft, basket),
      basket,
    },
  };
}
