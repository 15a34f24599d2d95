import { bundledGlossary, withLocalTerms } from '@/lib/glossary/data';
import type { Term } from '@/lib/glossary/schema';
import { isLocalTermId, loadLocalTerms, toTerms } from '@/lib/local-terms';
import { rankSenses, senseCandidate } from '@/lib/match/senses';
import type { CardData } from '@/lib/messages';

/**
 * The background holds the glossary's prose so that pages load only the small
 * matcher; a card asks for its terms when it opens. For an abbreviation with
 * several senses the likely one comes first: the one the page spelled out, else
 * the one the words around it and the page's year point to.
 */
export async function cardData(
  termIds: readonly string[],
  context = '',
  pageYear?: number,
  spelledOut?: string,
): Promise<CardData> {
  const local = termIds.some(isLocalTermId) ? toTerms(await loadLocalTerms()) : [];
  const glossary = withLocalTerms(bundledGlossary(), local);
  let terms = termIds.map((id) => glossary.termsById.get(id)).filter((t): t is Term => Boolean(t));
  if (terms.length > 1) {
    const order = rankSenses(terms.map(senseCandidate), context, pageYear, spelledOut);
    terms = order.map((id) => terms.find((t) => t.id === id)).filter((t): t is Term => Boolean(t));
  }
  const successors = [...new Set(terms.flatMap((t) => t.era.replacedBy ?? []))]
    .map((id) => glossary.termsById.get(id))
    .filter((t): t is Term => Boolean(t));
  const sourceIds = new Set(
    terms.flatMap((t) => [
      ...t.sources.map((s) => s.source),
      ...t.questions.flatMap((q) => (q.basis ? [q.basis.source] : [])),
    ]),
  );
  const sources = [...sourceIds].map((id) => glossary.sources.get(id)).filter((s) => s !== undefined);
  return { terms, successors, sources };
}
