/**
 * WriteToThem only sends to the writer's own representatives (councillors,
 * MP), so its button is offered only on letters that may go to one. Letters
 * to clerks or FOI teams go by e-mail.
 */
const FOR_REPRESENTATIVES: ReadonlySet<string> = new Set(['scrutiny-chair-obtain-plans', 'reply-no-financial-detail']);

export function suitsWriteToThem(templateId: string): boolean {
  return FOR_REPRESENTATIVES.has(templateId);
}
