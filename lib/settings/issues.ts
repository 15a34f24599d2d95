import type { z } from 'zod';

/**
 * Zod's issues as sentences a person can act on: which field, and what it
 * should be. Custom rules already carry their own words.
 */
export function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `is missing (it must be ${article(issue.expected)})`
        : `must be ${article(issue.expected)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'a field' : 'fields'} Scrutiny Lens does not know: ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'too_big':
      // Zod's own wording ("Too big: …") is replaced; a schema's own message is kept.
      return /^too big/i.test(issue.message) ? `has too many entries (at most ${issue.maximum})` : issue.message;
    default:
      return issue.message;
  }
}

function article(expected: string): string {
  const words: Record<string, string> = {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list ([ … ])',
    object: 'an object ({ … })',
  };
  return words[expected] ?? expected;
}

/** A value's kind in plain words, for "the file holds … rather than …". */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}
