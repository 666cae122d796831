import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './Markdown';
import { XSS_PAYLOADS } from './xssPayloads';

/**
 * Every known XSS payload through the Markdown renderer: the HTML it makes is parsed (htmlparser2,
 * already in node_modules through mailparser) and checked element by element and attribute by
 * attribute. The browser test (tests/e2e/xss.test.ts) runs the same payloads in Chromium.
 */

/** What markdown-it makes of Markdown with raw HTML and images off. */
const ALLOWED_ELEMENTS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'a', 'strong', 'em', 's',
  'code', 'pre', 'hr', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
]);
const FORBIDDEN_ELEMENTS = ['script', 'iframe', 'object', 'embed', 'style', 'svg', 'math', 'img', 'frame', 'base', 'meta', 'link', 'form', 'input', 'button', 'template', 'noscript', 'details', 'body'];
const ALLOWED_ATTRIBUTES: Record<string, RegExp> = {
  dir: /^(rtl|ltr|auto)$/,
  href: /^(https?:|mailto:|\/|#)/i,
  rel: /^nofollow ugc noopener$/,
  title: /^[^\n]*$/,
  class: /^language-[\w-]+$/,
  style: /^text-align:(left|right|center)$/,
};
const SAFE_LINK_PREFIXES = ['http:', 'https:', 'mailto:', '/', '#'];

function check(source: string) {
  const { html } = renderMarkdown(source);
  const doc = parseDocument(html);
  const elements = DomUtils.findAll(() => true, doc.children);
  const problems: string[] = [];

  for (const el of elements) {
    const name = el.name.toLowerCase();
    if (FORBIDDEN_ELEMENTS.includes(name)) problems.push(`<${name}> element`);
    if (!ALLOWED_ELEMENTS.has(name)) problems.push(`unexpected <${name}>`);
    for (const [attr, value] of Object.entries(el.attribs)) {
      const a = attr.toLowerCase();
      if (a.startsWith('on')) problems.push(`event handler ${attr} on <${name}>`);
      const rule = ALLOWED_ATTRIBUTES[a];
      if (!rule) problems.push(`unexpected attribute ${attr} on <${name}>`);
      else if (!rule.test(value)) problems.push(`${attr}="${value}" on <${name}>`);
    }
    if (name === 'a') {
      const href = el.attribs.href;
      if (href !== undefined) {
        const lower = href.trim().toLowerCase();
        if (!SAFE_LINK_PREFIXES.some((p) => lower.startsWith(p))) problems.push(`href ${href}`);
        if (/^(javascript|vbscript|data|file):/.test(lower)) problems.push(`dangerous href ${href}`);
        // As the browser resolves it on one of our pages: only web and mail links.
        const protocol = new URL(href, 'https://majma.example/calls/1').protocol;
        if (!['http:', 'https:', 'mailto:'].includes(protocol)) problems.push(`href resolves to ${protocol}`);
      }
      if (el.attribs.rel !== 'nofollow ugc noopener') problems.push(`<a> without rel="nofollow ugc noopener"`);
      if ('target' in el.attribs) problems.push('<a target>');
    }
  }

  // Independently of the parser: every tag in the serialized HTML is one markdown-it makes, and
  // nothing of what the author typed produced a tag (a `<` in the text is always escaped).
  for (const m of html.matchAll(/<\/?([a-zA-Z][\w:-]*)/g)) {
    if (!ALLOWED_ELEMENTS.has(m[1]!.toLowerCase())) problems.push(`serialized tag <${m[1]}>`);
  }
  // Attribute names in every tag, once the (double-quoted, escaped) values are taken out.
  for (const tag of html.match(/<[a-zA-Z][^>]*>/g) ?? []) {
    if (/\son[a-z]*\s*=/i.test(tag.replace(/"[^"]*"/g, '""'))) problems.push(`an on…= attribute in ${tag}`);
  }

  return { html, problems, text: DomUtils.textContent(doc) };
}

describe('Markdown against XSS payloads', () => {
  it('has a good number of payloads, each with a name of its own', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(25);
    expect(new Set(XSS_PAYLOADS.map((p) => p.name)).size).toBe(XSS_PAYLOADS.length);
  });

  it.each(XSS_PAYLOADS.map((p) => [p.name, p] as const))('%s: no script, no handler, no dangerous link; shown as text', (_name, payload) => {
    const { html, problems, text } = check(payload.source);
    expect(problems, html).toEqual([]);
    expect(text, html).toContain(payload.visible);
  });

  it('all payloads in one document (as the browser test renders them) stay harmless', () => {
    const { html, problems, text } = check(XSS_PAYLOADS.map((p) => p.source).join('\n\n'));
    expect(problems, html).toEqual([]);
    for (const p of XSS_PAYLOADS) expect(text).toContain(p.visible);
  });

  it('keeps the links people need', () => {
    const { html, problems } = check(
      '[سایت](https://example.org/a?b=1#c) [mail](mailto:someone@example.org) [page](/calls/1) [section](#top) https://example.com/x someone@example.net',
    );
    expect(problems).toEqual([]);
    for (const href of ['https://example.org/a?b=1#c', 'mailto:someone@example.org', '/calls/1', '#top', 'https://example.com/x', 'mailto:someone@example.net']) {
      expect(html).toContain(`href="${href}"`);
    }
  });

  it('turns links to other schemes into plain text, not dead links', () => {
    for (const source of ['[x](data:image/png;base64,iVBORw0KGgo=)', '[x](java&#x09;script:alert(1))', '[x](ftp://example.org/f)', '[x](tel:+989121234567)', '[x](relative/page)']) {
      const { html, problems } = check(source);
      expect(problems, source).toEqual([]);
      expect(html, source).not.toContain('<a');
    }
  });
});
