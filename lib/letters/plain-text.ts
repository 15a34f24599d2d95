import type { Block, Inline, LetterDocument, ReferenceItem } from './model';
import { inlineText, referenceCitation } from './model';

export interface PlainTextOptions {
  /** Wrap paragraphs at this many characters. 0 turns wrapping off (for e-mail bodies, where the mail program wraps). */
  width?: number;
}

/**
 * Greedy word wrap. Words longer than the width (web addresses, mostly) are
 * never broken: a broken address stops working. Existing line breaks are kept.
 */
export function wrap(text: string, width: number, indent = '', firstIndent = indent): string {
  if (width <= 0)
    return text
      .split('\n')
      .map((l, i) => (i === 0 ? firstIndent : indent) + l)
      .join('\n');
  const out: string[] = [];
  text.split('\n').forEach((para, p) => {
    let line = p === 0 ? firstIndent : indent;
    let lineHasWord = false;
    for (const word of para.split(/ +/).filter(Boolean)) {
      if (lineHasWord && line.length + 1 + word.length > width) {
        out.push(line);
        line = indent + word;
      } else line += (lineHasWord ? ' ' : '') + word;
      lineHasWord = true;
    }
    out.push(line.trimEnd());
  });
  return out.join('\n');
}

function referenceText(r: ReferenceItem, width: number): string {
  const lead = `[${r.number}] `;
  const pad = ' '.repeat(lead.length);
  const lines = [wrap(referenceCitation(r), width, pad, lead)];
  if (r.url) lines.push(`${pad}${r.url}`);
  if (r.archiveUrl) lines.push(`${pad}Archived copy: ${r.archiveUrl}`);
  return lines.join('\n');
}

function blockText(b: Block, width: number): string | undefined {
  const w = (content: readonly Inline[]) => wrap(inlineText(content), width);
  switch (b.type) {
    case 'address':
      return b.lines.map(inlineText).join('\n');
    case 'date':
      return b.text;
    case 'salutation':
      return inlineText(b.content);
    case 'heading':
      return w(b.content);
    case 'paragraph':
      return w(b.content);
    case 'questions': {
      const parts: string[] = [];
      if (b.intro) parts.push(w(b.intro));
      if (b.empty) parts.push(b.empty.text);
      const digits = String(b.items.length).length;
      const items = b.items.map((q) => {
        const lead = `${String(q.number).padStart(digits)}. `;
        const refs = q.refs.length ? ` ${q.refs.map((n) => `[${n}]`).join('')}` : '';
        return wrap(`${q.text}${refs}`, width, ' '.repeat(lead.length), lead);
      });
      if (items.length) parts.push(items.join('\n'));
      return parts.join('\n\n');
    }
    case 'references': {
      const parts = [b.heading];
      if (b.intro) parts.push(wrap(b.intro, width));
      parts.push(b.items.map((r) => referenceText(r, width)).join('\n\n'));
      return parts.join('\n\n');
    }
    case 'signoff':
      return [b.closing, '', ...b.lines.map(inlineText)].join('\n');
  }
}

/**
 * The letter as plain text: blocks separated by blank lines, paragraphs
 * wrapped, questions numbered with a hanging indent, references with their
 * web addresses written out in full.
 */
export function toPlainText(doc: LetterDocument, options: PlainTextOptions = {}): string {
  const width = options.width ?? 72;
  return `${doc.blocks
    .map((b) => blockText(b, width))
    .filter((t): t is string => t !== undefined && t !== '')
    .join('\n\n')}\n`;
}
