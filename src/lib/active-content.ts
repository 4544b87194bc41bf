/**
 * MDX bodies are markup, not text: a `<script>`, an `onerror=` attribute or a `javascript:` link
 * pasted into a case or notice would become live code on the public site (the CSP would block
 * it, but it must not be there at all). Validation refuses them with their position and tells
 * the editor how to write the characters as text instead. Code (``…`` and fenced blocks) and
 * backslash-escaped `\<` are text, and are allowed.
 */
import { LineIndex, type Issue } from './issues.ts';

/** `atGroup`: report at the captured part (the attribute, the scheme) rather than the match start. */
const RULES: { re: RegExp; what: (m: RegExpExecArray) => string; atGroup?: boolean }[] = [
  { re: /<\s*(script|iframe|frame|frameset|object|embed|applet|meta|base|link|style|form)\b/gi, what: (m) => `<${m[1]!.toLowerCase()}> 标签` },
  { re: /<[A-Za-z][^<>]*?\s(on[a-z]+)\s*=/gi, what: (m) => `事件属性 ${m[1]!.toLowerCase()}=`, atGroup: true },
  { re: /(?:\]\(\s*<?|\b(?:href|src|action|formaction)\s*=\s*["'{]?\s*)((?:javascript|vbscript)\s*:|data\s*:(?!image\/))/gi, what: (m) => `“${m[1]!.replace(/\s/g, '').toLowerCase()}”链接`, atGroup: true },
];

/** Blanks out the front matter (text fields, escaped when shown), code spans and fenced code blocks, keeping offsets. */
function withoutCode(text: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return text
    .replace(/^---\n[\s\S]*?\n---(?=\n|$)/, blank)
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?(?:^\1[^\n]*$|(?![\s\S]))/gm, blank)
    .replace(/(`+)(?!`)(?:(?!\n\s*\n)[\s\S])*?[^`]\1(?!`)/g, blank)
    .replace(/\\[<\[\]]/g, '  ');
}

export function scanForActiveContent(file: string, text: string): Issue[] {
  const scan = withoutCode(text);
  const index = new LineIndex(text);
  const found: { offset: number; issue: Issue }[] = [];
  for (const { re, what, atGroup } of RULES) {
    re.lastIndex = 0;
    for (let m = re.exec(scan); m; m = re.exec(scan)) {
      const offset = atGroup ? m.index + m[0].lastIndexOf(m[1]!) : m.index;
      const issue: Issue = {
        file,
        ...index.at(offset),
        key: 'active-content',
        message: `正文中不能有可执行的网页代码（${what(m)}）：MDX 正文会原样成为网页代码。如果只是要写出这些字符，请在 < 前加反斜杠（\\<），或放在反引号 \`…\` 中`,
      };
      found.push({ offset, issue });
    }
  }
  return found.sort((a, b) => a.offset - b.offset).map((f) => f.issue);
}
