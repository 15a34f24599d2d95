import type { Term } from '../glossary/schema';
import type { BackgroundRequest } from '../messages';

/**
 * The user's own terms as the content script gets them. Checking them needs
 * their schema, and the content script does not load zod (a quarter of its
 * size, and of the time the browser takes to compile it on every page with a
 * term), so the background makes them into glossary terms. Most people have
 * none, and then nothing is asked.
 */
export async function localTermsInPage(stored: unknown): Promise<Term[]> {
  if (!Array.isArray(stored) || stored.length === 0) return [];
  const request: BackgroundRequest = { type: 'local-terms', stored };
  const terms = (await browser.runtime.sendMessage(request)) as Term[] | undefined;
  return Array.isArray(terms) ? terms : [];
}
