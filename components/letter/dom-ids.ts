/**
 * Element ids shared by the form, the preview and the error summary, so a
 * placeholder in the preview or a line in the summary can jump to its field.
 */
export const fieldDomId = (fieldId: string) => `field-${fieldId}`;

/** The box for writing a question of one's own: where "this letter needs a question" leads. */
export const NEW_QUESTION_ID = 'basket-new-question';

/** The optional recipient address used by the Email button. */
export const SEND_TO_ID = 'send-to';

/** Where a problem with this field or slot should send the writer. */
export function targetFor(fieldId: string): string {
  if (fieldId === 'questions') return NEW_QUESTION_ID;
  if (fieldId === SEND_TO_KEY) return SEND_TO_ID;
  return fieldDomId(fieldId);
}

/**
 * The recipient's e-mail address is kept with the draft's values under a key no
 * template field can have (field ids start with a letter), so it is saved too.
 */
export const SEND_TO_KEY = '_send_to';

/** Moves focus to an element (and into view), for links that lead to a field. */
export function focusElement(id: string): boolean {
  const el = document.getElementById(id);
  if (!el) return false;
  // A fieldset (radio group) is not focusable itself: its first control is.
  const target = el instanceof HTMLFieldSetElement ? (el.querySelector<HTMLElement>('input:checked, input') ?? el) : el;
  target.scrollIntoView?.({ block: 'center' });
  target.focus();
  return document.activeElement === target;
}
