import { vi } from 'vitest';

type PromiseForm = (permissions: { origins?: string[] }) => Promise<boolean>;

/**
 * Spies on `browser.permissions.request` or `.remove`, answering `answer`. The
 * methods are typed with a callback overload too; the extension uses the promise form.
 */
export function answerPermissions(method: 'request' | 'remove', answer: boolean) {
  return vi
    .spyOn(browser.permissions as unknown as Record<typeof method, PromiseForm>, method)
    .mockResolvedValue(answer);
}
