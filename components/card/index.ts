export { addToBasket, type ReadingPage } from './add-to-basket';
export { otherSensesOf } from './other-senses';
export { cardCss } from './styles';
export { TermCard, type TermCardProps } from './TermCard';
