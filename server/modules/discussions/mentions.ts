import MarkdownIt from 'markdown-it';
import { markdownToPlain } from '../../text/plain.js';

const md = new MarkdownIt({ html: false });
const USER_PATH = /^\/users\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?$/i;

/**
 * The people a Markdown text mentions: links whose text starts with `@` and whose target is the
 * app's user page, as the web composer writes them (`[@Name](/users/<uuid>)`). Links in code
 * are not links, so they mention no one.
 */
export function mentionedIds(source: string): string[] {
  const ids = new Set<string>();
  for (const block of md.parse(source, {})) {
    const children = block.children ?? [];
    for (let i = 0; i < children.length; i++) {
      const open = children[i]!;
      if (open.type !== 'link_open') continue;
      const target = USER_PATH.exec(String(open.attrGet('href') ?? ''));
      let text = '';
      for (let j = i + 1; j < children.length && children[j]!.type !== 'link_close'; j++) text += children[j]!.content;
      if (target && text.trimStart().startsWith('@')) ids.add(target[1]!.toLowerCase());
    }
  }
  return [...ids];
}

/** The first characters of a Markdown text as plain words (quotes, mails). */
export function excerpt(source: string, max: number): string {
  // Parsing a long text only to keep its start: cut first, generously.
  const plain = markdownToPlain(source.length > max * 4 ? source.slice(0, max * 4) : source).replace(/\s+/g, ' ').trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
