import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false });

/** The words of a Markdown text without its markup (for search snippets): one line per block. */
export function markdownToPlain(source: string): string {
  const lines: string[] = [];
  for (const token of md.parse(source, {})) {
    if (token.type === 'inline') {
      lines.push((token.children ?? []).map((c) => (c.type === 'softbreak' || c.type === 'hardbreak' ? ' ' : c.content)).join(''));
    } else if (token.type === 'fence' || token.type === 'code_block') {
      lines.push(token.content.trim());
    }
  }
  return lines.filter(Boolean).join('\n');
}
