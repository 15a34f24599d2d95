import css from './card.css?inline';

/**
 * The card's stylesheet as a string, for a shadow root:
 *   const style = document.createElement('style');
 *   style.textContent = cardCss;
 *   shadowRoot.append(style);
 * It brings its own colours and type, so neither base.css nor the page's
 * styles are needed (nor can they leak in through inherited properties).
 */
export const cardCss: string = css;
