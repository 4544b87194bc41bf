import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/lib/frontmatter.ts';
import { readYaml, type LoadContext } from '../../src/lib/load/context.ts';

/** Front matter of a file: `---` on line 1, so YAML line n is file line n + 1. */
const fm = (yaml: string) => parseFrontMatter('content/cases/2021/x.mdx', `---\n${yaml}\n---\n\n正文\n`);
const places = (yaml: string) => fm(yaml).issues.map((i) => `${i.line}:${i.column} ${i.message.split('：')[0]}`);

/** Named bad front matter (the message up to its first colon): each construct at the place of its mark (`!`, `&`, `*`, `<<`, the repeated key). */
const BAD: Record<string, [string, string]> = {
  'a !!js/function tag': ['title: 标题\nsummary: !!js/function "function () { return 1 }"', '3:10 元数据（YAML）中不能用类型标签 !!js/function'],
  'a !!binary tag': ['title: !!binary 5qCH6aKY', '2:8 元数据（YAML）中不能用类型标签 !!binary'],
  'a custom !tag': ['title: 标题\nsummary: !include other.yml', '3:10 元数据（YAML）中不能用类型标签 !include'],
  'a verbatim tag': ['title: !<tag:yaml.org,2002:str> 标题', '2:8 元数据（YAML）中不能用类型标签 !<tag:yaml.org,2002:str>'],
  'a !!set': ['units: !!set { a, b }', '2:8 元数据（YAML）中不能用类型标签 !!set'],
  'an !!omap': ['units: !!omap\n  - a: 1', '2:8 元数据（YAML）中不能用类型标签 !!omap'],
  'a !!timestamp': ['published_on: !!timestamp 2021-03-15', '2:15 元数据（YAML）中不能用类型标签 !!timestamp'],
  'an anchor': ['title: &t 标题', '2:8 元数据（YAML）中不能用锚点 &t'],
  'a merge key': ['sources:\n  - <<: { title: 来源 }\n    url: https://example.org/', '3:5 元数据（YAML）中不能用合并键 <<'],
  'a value without a field name': ['title: 标题\n: 值', '3:1 元数据（YAML）中有一个值没有字段名'],
  'a NUL character (the build’s reader refuses it)': ['title: "标\u0000题"', '2:10 元数据（YAML）中有不可见的控制字符 U+0000'],
  'a C1 control character': ['title: 标题\u0085x\u009b', '2:12 元数据（YAML）中有不可见的控制字符 U+009B'],
  'a duplicate key': ['title: 一\nsummary: 摘要\ntitle: 二', '4:1 元数据（YAML）语法错误'],
};

describe('YAML and front matter are plain data', () => {
  for (const [name, [yaml, expected]] of Object.entries(BAD)) {
    it(`refuses ${name} at its place, and reads no values from it`, () => {
      expect(places(yaml)).toEqual([expected]);
      expect(fm(yaml).data).toEqual({});
    });
  }

  it('refuses an alias at the alias and its anchor at the anchor', () => {
    expect(places('title: &t 标题\nsummary: *t')).toEqual(['2:8 元数据（YAML）中不能用锚点 &t', '3:10 元数据（YAML）中不能用引用 *t']);
  });

  it('refuses a billion-laughs alias bomb quickly, without expanding it', () => {
    const names = 'abcdefghij';
    let yaml = `a: &a ["哈","哈","哈","哈","哈","哈","哈","哈","哈","哈"]\n`;
    for (let i = 1; i < names.length; i++) yaml += `${names[i]}: &${names[i]} [${Array(10).fill(`*${names[i - 1]}`).join(', ')}]\n`;
    const t0 = performance.now();
    const r = fm(yaml);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(r.data).toEqual({});
    expect(r.issues.filter((i) => i.message.includes('引用')).length).toBe(90);
    expect(r.issues[0]).toMatchObject({ line: 2, column: 4 });
  });

  it('closes the front matter at the first line starting with ---, as the build does', () => {
    const r = parseFrontMatter('a.mdx', '---\ntitle: 标题\nsummary: [a, b]---\nunits: [x]\n---\n正文\n');
    expect(r.issues.map((i) => `${i.line}:${i.column}`)).toEqual(['3:16']);
  });

  it('accepts plain data, with the marks written as text, and keeps dates as text', () => {
    const r = fm('title: "!!js/function &a *b <<"\npublished_on: 2021-03-15\nsummary: 感叹号!与&符号\ncount: 3\nunits: [a, b]');
    expect(r.issues).toEqual([]);
    expect(r.data).toEqual({ title: '!!js/function &a *b <<', published_on: '2021-03-15', summary: '感叹号!与&符号', count: 3, units: ['a', 'b'] });
  });

  describe('in meta.yml and dataset.yml', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yaml-plain-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const ctx = (): LoadContext => ({ root: dir, dataDir: join(dir, 'data'), issues: [] });

    it('reports a tag and a merge key at their lines in the file', () => {
      writeFileSync(join(dir, 'meta.yml'), 'title: 名单\nbase: &base { kind: blacklist }\nother:\n  <<: *base\ncode: !!js/function "x"\n');
      const c = ctx();
      const r = readYaml(c, join(dir, 'meta.yml'));
      expect(c.issues.map((i) => `${i.file}:${i.line}:${i.column}`)).toEqual(['meta.yml:2:7', 'meta.yml:4:3', 'meta.yml:4:7', 'meta.yml:5:7']);
      expect(r.data).toEqual({});
    });

    it('reports a duplicate key at the second one', () => {
      writeFileSync(join(dir, 'dataset.yml'), 'city: 兰州市\nsample: true\ncity: 别处\n');
      const c = ctx();
      readYaml(c, join(dir, 'dataset.yml'));
      expect(c.issues.map((i) => `${i.file}:${i.line}:${i.column}: ${i.message}`)).toEqual(['dataset.yml:3:1: 元数据（YAML）语法错误：同一个字段写了两次']);
    });
  });
});
