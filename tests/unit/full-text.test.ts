import { describe, expect, it } from 'vitest';
import { mdxPlainText } from '../../src/lib/mdx-text.ts';
import { withoutNames } from '../../src/lib/search/records.ts';

describe('the plain text of a case narrative', () => {
  it('keeps what a reader sees, one block a line, without markup', () => {
    const body = ['## 基本情况', '', '该公司**拖欠工资** 32 万元，经责令改正仍未支付。', '', '- 移送公安机关', '- 列入名单'].join('\n');
    expect(mdxPlainText(body).split('\n')).toEqual(['基本情况', '该公司拖欠工资 32 万元，经责令改正仍未支付。', '移送公安机关', '列入名单']);
  });

  it('drops imports and expressions, and keeps the title of a component', () => {
    const body = ["import X from './x.ts';", '', '<Callout title="处理结果">已履行</Callout>', '', '金额 {1 + 1} 元'].join('\n');
    const text = mdxPlainText(body);
    expect(text).toContain('处理结果');
    expect(text).toContain('已履行');
    expect(text).not.toContain('import');
    expect(text).not.toContain('1 + 1');
  });

  it('gives no text for a body it cannot parse, instead of failing', () => {
    expect(mdxPlainText('<Open>\n\n{')).toBe('');
  });
});

describe('names of taken-down entries in a narrative', () => {
  it('replaces every occurrence, the longest name first, so that no part is left', () => {
    const text = '兰州某甲商贸有限公司与某甲商贸均未履行；兰州某甲商贸有限公司已被处罚。';
    const out = withoutNames(text, ['某甲商贸', '兰州某甲商贸有限公司'])!;
    expect(out).not.toContain('某甲商贸');
    expect(out).toBe('某与某均未履行；某已被处罚。');
  });

  it('leaves a text without those names as it is', () => {
    expect(withoutNames('无关文字', ['张某某'])).toBe('无关文字');
    expect(withoutNames(undefined, ['张某某'])).toBeUndefined();
  });
});
