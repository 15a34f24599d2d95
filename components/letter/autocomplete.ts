/**
 * Browsers can fill in the writer's own details, and WCAG 1.3.5 asks us to
 * say what each of those inputs is for. Templates share these field ids.
 */
const AUTOCOMPLETE: Readonly<Record<string, string>> = {
  your_name: 'name',
  your_email: 'email',
  your_address: 'street-address',
  your_postcode: 'postal-code',
};

export function autocompleteFor(fieldId: string): string {
  return AUTOCOMPLETE[fieldId] ?? 'off';
}
