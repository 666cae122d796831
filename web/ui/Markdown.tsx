import MarkdownIt, { type Token } from 'markdown-it';
import { useMemo } from 'react';
import './markdown.css';

/**
 * Markdown written by people (call descriptions, contributions), rendered safely:
 * raw HTML is off (it shows as text), links go only to `http:`, `https:`, `mailto:` or a path
 * starting with `/` or `#` (an allow-list: markdown-it's own check lets `data:image/…` and
 * scheme look-alikes such as `java%09script:` through; anything else stays text), and images
 * are off too (a picture from elsewhere would tell a third party who reads the page). Links
 * stay in the same tab and carry `rel="nofollow ugc noopener"`.
 *
 * Direction: every block takes it from its own first letter (a Latin paragraph inside Persian
 * text reads left to right, and its list markers and quote bar sit on its own start side). It is
 * worked out here rather than left to `dir="auto"`, because `dir="auto"` skips descendants that
 * carry their own `dir`: a list or quote whose items all had `dir="auto"` would fall back to ltr.
 */
const md = new MarkdownIt({ html: false, linkify: true });
md.disable('image');
/** Link targets allowed, checked on the normalized (percent-encoded) URL. */
const SAFE_LINK = /^(?:https?:|mailto:|[/#])/i;
md.validateLink = (url) => SAFE_LINK.test(url);

/** Blocks that get a direction of their own. */
const DIRECTED_BLOCKS = new Set([
  'paragraph_open',
  'heading_open',
  'bullet_list_open',
  'ordered_list_open',
  'list_item_open',
  'blockquote_open',
  'table_open',
  'th_open',
  'td_open',
]);
const LINK_REL = 'nofollow ugc noopener';
const LETTER = /\p{L}/u;
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/** The direction of the first letter in `text`, or null when it has none. */
export function firstStrongDir(text: string): 'rtl' | 'ltr' | null {
  const letter = LETTER.exec(text)?.[0];
  if (!letter) return null;
  return RTL_LETTER.test(letter) ? 'rtl' : 'ltr';
}

type RenderEnv = {
  /** The direction of the document's first letter. */
  dir?: 'rtl' | 'ltr';
};

md.core.ruler.push('majma_attributes', (state) => {
  const env = state.env as RenderEnv;
  /** Open blocks still waiting for their first letter. */
  const open: Token[] = [];
  for (const token of state.tokens) {
    if (DIRECTED_BLOCKS.has(token.type)) {
      open.push(token);
    } else if (token.nesting === -1 && open.length > 0 && open.at(-1)!.type === token.type.replace(/_close$/, '_open')) {
      const block = open.pop()!;
      if (!block.attrGet('dir')) block.attrSet('dir', 'auto');
    } else if (token.type === 'inline' || token.type === 'fence' || token.type === 'code_block') {
      const dir = token.type === 'inline' ? firstStrongDir(token.content) : null;
      if (dir) {
        env.dir ??= dir;
        for (const block of open) if (!block.attrGet('dir')) block.attrSet('dir', dir);
      }
    }
    if (token.type === 'fence' || token.type === 'code_block') token.attrSet('dir', 'ltr');
    for (const child of token.children ?? []) {
      if (child.type === 'link_open') {
        child.attrSet('rel', LINK_REL);
        const index = child.attrIndex('target');
        if (index >= 0) child.attrs?.splice(index, 1);
      }
    }
  }
});

/** The HTML markdown-it makes of `source` (safe to insert: see above), and the direction of its first letter. */
export function renderMarkdown(source: string): { html: string; dir: 'rtl' | 'ltr' | null } {
  const env: RenderEnv = {};
  const html = md.render(source, env);
  return { html, dir: env.dir ?? null };
}

/** Markdown as HTML, in a `div.markdown` whose direction follows the text. */
export function Markdown({ source }: { source: string }) {
  const { html, dir } = useMemo(() => renderMarkdown(source), [source]);
  // The HTML comes from markdown-it with raw HTML disabled: everything the author typed is escaped.
  return <div className="markdown" dir={dir ?? 'auto'} dangerouslySetInnerHTML={{ __html: html }} />;
}
