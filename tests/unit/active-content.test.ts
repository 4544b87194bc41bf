import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/lib/issues.ts';
import { scanForActiveContent } from '../../src/lib/active-content.ts';

const scan = (body: string) => scanForActiveContent('content/cases/2021/x.mdx', `---\ntitle: 标题\n---\n\n${body}\n`).map(formatIssue);

describe('executable markup in MDX bodies', () => {
  it('refuses a script element at its line and column', () => {
    expect(scan('正文 <script>alert(1)</script>')).toEqual([
      'content/cases/2021/x.mdx:5:4: 正文中不能有可执行的网页代码（<script> 标签）：MDX 正文会原样成为网页代码。如果只是要写出这些字符，请在 < 前加反斜杠（\\<），或放在反引号 `…` 中 (active-content)',
    ]);
  });

  it('refuses event-handler attributes, iframes and javascript: or vbscript: links', () => {
    const found = scan('<img src="a.png" onerror="alert(1)" />\n\n<iframe src="https://example.org"></iframe>\n\n[点我](javascript:alert(1)) <a href="vbscript:x">x</a>');
    expect(found.map((l) => l.split(': ')[0])).toEqual(['content/cases/2021/x.mdx:5:18', 'content/cases/2021/x.mdx:7:1', 'content/cases/2021/x.mdx:9:6', 'content/cases/2021/x.mdx:9:36']);
    expect(found.join('\n')).toMatch(/onerror=[\s\S]*<iframe>[\s\S]*javascript:[\s\S]*vbscript:/);
  });

  it('allows the same characters written as text: escaped, in code, in front matter', () => {
    expect(scanForActiveContent('a.mdx', '---\ntitle: "<script>alert(1)</script>"\n---\n\n\\<script>alert(1)\\</script>\n\n`<img src=x onerror=alert(1)>`\n\n```html\n<script>ok()</script>\n```\n')).toEqual([]);
  });

  it('allows ordinary links, images and data: images', () => {
    expect(scan('[来源](https://example.org/a?b=1) ![图](data:image/png;base64,AAAA) <abbr title="on time">按时</abbr>')).toEqual([]);
  });
});
