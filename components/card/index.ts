// The card's parts for the pages and the content script. Not addToBasket (./add-to-basket.ts), which writes the
// letter's drafts with their schema: the content script adds a question through the background and loads no zod.
export { otherSensesOf } from './other-senses';
export { cardCss } from './styles';
export { TermCard, type TermCardProps } from './TermCard';
