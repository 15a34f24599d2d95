/**
 * Turns a corpus Markdown file into the kind of page a council or NHS site
 * serves: a header, navigation, and the document body as headings,
 * paragraphs, lists and tables. Text is escaped, so whatever the document
 * holds reaches the browser as text.
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function inline(text: string): string {
  // Bold and italics only: enough to put real inline elements inside sentences,
  // which is where terms get split across tags on real pages.
  return escapeHtml(text)
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[\s(])_([^_]+)_(?=[\s).,;:]|$)/g, '$1<em>$2</em>');
}

function table(rows: string[]): string {
  const cells = rows
    .filter((r) => !/^\|?\s*:?-{2,}/.test(r.trim()))
    .map((r) =>
      r
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((c) => `<td>${inline(c.trim())}</td>`)
        .join(''),
    );
  return `<table class="mgTable">${cells.map((c) => `<tr>${c}</tr>`).join('\n')}</table>`;
}

export function markdownToHtmlBody(markdown: string): string {
  const out: string[] = [];
  const blocks = markdown.replace(/\r\n/g, '\n').split(/\n{2,}/);
  for (const block of blocks) {
    const lines = block.split('\n').filter((l) => l.trim() !== '');
    if (!lines.length) continue;
    const heading = /^(#{1,6})\s+(.*)$/.exec(lines[0]);
    if (heading && lines.length === 1) {
      const level = Math.min(heading[1].length + 1, 6);
      out.push(`<h${level}>${inline(heading[2])}</h${level}>`);
    } else if (lines.every((l) => l.trim().startsWith('|'))) {
      out.push(table(lines));
    } else if (lines.every((l) => /^\s*([-*•]|\d+[.)])\s+/.test(l))) {
      out.push(`<ul>${lines.map((l) => `<li>${inline(l.replace(/^\s*([-*•]|\d+[.)])\s+/, ''))}</li>`).join('')}</ul>`);
    } else {
      out.push(`<p>${lines.map(inline).join('\n')}</p>`);
    }
  }
  return out.join('\n');
}

export function councilPage(title: string, bodyHtml: string): string {
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font-family: Arial, Helvetica, sans-serif; margin: 0; color: #0b0c0c; line-height: 1.5; }
  header { background: #0b0c0c; color: #fff; padding: 12px 24px; }
  header a { color: #fff; font-weight: bold; text-decoration: none; }
  nav ul { list-style: none; display: flex; gap: 16px; padding: 8px 24px; margin: 0; background: #f3f2f1; }
  main { max-width: 860px; padding: 16px 24px 48px; }
  table { border-collapse: collapse; } td { border: 1px solid #b1b4b6; padding: 4px 8px; vertical-align: top; }
</style>
</head>
<body>
<header><a href="/">Council democracy</a></header>
<nav aria-label="Site"><ul><li><a href="/mgCalendarMonthView.aspx">Meetings</a></li><li><a href="/mgListCommittees.aspx">Committees</a></li><li><a href="/mgMemberIndex.aspx">Councillors</a></li></ul></nav>
<main id="mgMain">
<h1>${escapeHtml(title)}</h1>
${bodyHtml}
</main>
</body>
</html>`;
}
