/**
 * Turns zod issues into Chinese messages an editor understands (after Starlight's error map).
 * Schemas carry their own Chinese messages; this covers what zod says by itself.
 */
import type { z } from 'astro/zod';

type ZodIssue = z.core.$ZodIssue;

export function zodMessage(issue: ZodIssue): string {
  const m = issue.message;
  // Our schemas' messages are Chinese; keep them as they are.
  if (/[\u4e00-\u9fff]/.test(m)) return m;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? '必填项为空' : `类型不对：应为${typeName(issue.expected)}`;
    case 'too_small':
      return `太小或太短：至少 ${String(issue.minimum)}`;
    case 'too_big':
      return `太大或太长：至多 ${String(issue.maximum)}`;
    case 'invalid_value':
      return `只能是：${issue.values.map(String).join('、')}`;
    case 'unrecognized_keys':
      return `不认识的字段：${issue.keys.join('、')}（请检查拼写）`;
    case 'invalid_format':
      return '格式不对';
    default:
      return `内容不符合要求（${issue.code}）`;
  }
}

function typeName(t: string): string {
  return ({ string: '文本', number: '数字', boolean: 'true 或 false', array: '列表', object: '键值对', date: '日期' } as Record<string, string>)[t] ?? t;
}
