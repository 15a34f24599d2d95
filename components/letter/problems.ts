import type { FieldValues } from '@/lib/letters/model';
import { type RenderResult, resolveField } from '@/lib/letters/render';
import type { LetterTemplate, TemplateField } from '@/lib/letters/schema';
import { targetFor } from './dom-ids';

/** Something that stops the letter being exported, and where to fix it. */
export interface Problem {
  /** The field id, or "questions". */
  fieldId: string;
  /** Left empty (shown once the writer tries to export), or filled in wrongly (shown as soon as they leave the field). */
  kind: 'empty' | 'invalid';
  /** The element to focus. */
  target: string;
  message: string;
}

function invalidMessage(f: TemplateField): string {
  switch (f.kind) {
    case 'email':
      return `“${f.label}” does not look like an e-mail address. Check it has an @ and no spaces, like ${f.example}.`;
    case 'date':
      return `“${f.label}” is not a date that exists.`;
    case 'money':
      return `“${f.label}” is not a sum of money. Write it like £250,000 or 12.5m.`;
    case 'number': {
      const range =
        f.min !== undefined && f.max !== undefined
          ? ` between ${f.min} and ${f.max}`
          : f.min !== undefined
            ? ` of at least ${f.min}`
            : '';
      return `“${f.label}” must be a whole number${range}.`;
    }
    case 'choice':
      return `Choose one of the options for “${f.label}”.`;
    default:
      return f.maxLength !== undefined
        ? `“${f.label}” is too long: use at most ${f.maxLength} characters.`
        : `Check “${f.label}”.`;
  }
}

/** The label of an included optional paragraph that uses the field, so the message can offer to untick it. */
function paragraphUsing(template: LetterTemplate, fieldId: string, included: readonly string[]): string | undefined {
  const token = new RegExp(`\\{\\{\\s*${fieldId}\\s*\\}\\}`);
  return template.optionalParagraphs.find((p) => included.includes(p.id) && token.test(p.text))?.label;
}

/**
 * Everything that must be fixed before the letter leaves the builder, in the
 * order the form shows it: the personal field, the other fields, then the
 * questions. Required fields left empty are named; any other placeholder still
 * in the letter is named with the way to get rid of it; values in the wrong
 * form (an e-mail address without @) are named too.
 */
export function letterProblems(
  template: LetterTemplate,
  values: FieldValues,
  result: Pick<RenderResult, 'unfilled'>,
  includeParagraphs: readonly string[],
): Problem[] {
  const unfilled = new Set(result.unfilled);
  const ordered = [
    ...template.fields.filter((f) => f.id === template.personalFieldId),
    ...template.fields.filter((f) => f.id !== template.personalFieldId),
  ];
  const problems: Problem[] = [];
  const add = (fieldId: string, kind: Problem['kind'], message: string) =>
    problems.push({ fieldId, kind, target: targetFor(fieldId), message });

  for (const f of ordered) {
    if (unfilled.has(f.id)) {
      const paragraph = f.required ? undefined : paragraphUsing(template, f.id, includeParagraphs);
      add(
        f.id,
        'empty',
        f.required
          ? `Fill in “${f.label}”: it is required.`
          : `The letter still shows [${f.label}]: fill in “${f.label}”${paragraph ? ` or untick “${paragraph}”` : ''}.`,
      );
    } else if (resolveField(f, values[f.id]).invalid) add(f.id, 'invalid', invalidMessage(f));
  }
  if (unfilled.has('questions'))
    add('questions', 'empty', 'This letter needs a question: tick one in “Your questions” or write your own.');
  const known = new Set([...template.fields.map((f) => f.id), 'questions']);
  for (const id of unfilled) if (!known.has(id)) add(id, 'empty', `The letter still has a blank for “${id}”.`);
  return problems;
}
