import { fireEvent } from '@testing-library/preact';

/** Types into a field the way the form hears it: one input event with the whole new value. */
export function typeInto(field: HTMLElement, value: string): void {
  fireEvent.input(field, { target: { value } });
}

/** Lets storage promises and their re-renders settle. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
}
