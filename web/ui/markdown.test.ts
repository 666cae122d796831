import { describe, expect, it } from 'vitest';
import { firstStrongDir, renderMarkdown } from './Markdown';

const html = (source: string) => renderMarkdown(source).html;

describe('renderMarkdown', () => {
  it('gives every block the direction of its own first letter', () => {
    const out = renderMarkdown('# محور\n\nیک **بند** و\n\n- یک\n- دو\n\n> **English** quote\n\n1. first\n2. دوم');
    expect(out.dir).toBe('rtl');
    expect(out.html).toContain('<h1 dir="rtl">محور</h1>');
    expect(out.html).toContain('<p dir="rtl">یک <strong>بند</strong> و</p>');
    expect(out.html).toContain('<ul dir="rtl">\n<li dir="rtl">یک</li>');
    expect(out.html).toContain('<blockquote dir="ltr">\n<p dir="ltr"><strong>English</strong> quote</p>');
    expect(out.html).toContain('<ol dir="ltr">\n<li dir="ltr">first</li>\n<li dir="rtl">دوم</li>');
    expect(renderMarkdown('Hello').dir).toBe('ltr');
    expect(renderMarkdown('123').dir).toBeNull();
    expect(html('123')).toContain('<p dir="auto">123</p>');
  });

  it('keeps code left to right', () => {
    expect(html('```\nconst a = 1;\n```')).toContain('<code dir="ltr">');
  });

  it('shows raw HTML as text', () => {
    const out = html('<script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;script&gt;');
  });

  it('drops javascript: links and marks the others as user content', () => {
    expect(html('[x](javascript:alert(1))')).not.toContain('href');
    const out = html('[site](https://example.org/a) and https://example.com/b');
    expect(out).toContain('<a href="https://example.org/a" rel="nofollow ugc noopener">site</a>');
    expect(out).toContain('<a href="https://example.com/b" rel="nofollow ugc noopener">https://example.com/b</a>');
    expect(out).not.toContain('target');
  });

  it('loads no images', () => {
    expect(html('![a](https://example.org/x.png)')).not.toContain('<img');
  });
});

describe('firstStrongDir', () => {
  it('reads the first letter', () => {
    expect(firstStrongDir('  ۱۲ سیاست')).toBe('rtl');
    expect(firstStrongDir('(1) Policy')).toBe('ltr');
    expect(firstStrongDir('مرحبا')).toBe('rtl');
    expect(firstStrongDir('— 42')).toBeNull();
  });
});
