/**
 * Invisible and confusable characters. A bidirectional override can make a name or a reason
 * read differently from what it is; a zero-width character makes two keys look equal, or hides
 * a number from a search. None has a place in the portal's data, so each one is refused with
 * its position and its code point named, in any field of any data or content file.
 */
import { LineIndex, type Issue } from './issues.ts';

/** Names, in Chinese, of the characters refused. Ranges are listed by their first code point. */
const NAMED_LABELS: Record<number, string> = {
  0x00ad: '软连字符',
  0x061c: '阿拉伯字母标记',
  0x180e: '蒙古文元音分隔符',
  0x200b: '零宽空格',
  0x200c: '零宽非连接符',
  0x200d: '零宽连接符',
  0x200e: '从左到右标记',
  0x200f: '从右到左标记',
  0x2028: '行分隔符',
  0x2029: '段分隔符',
  0x202a: '从左到右嵌入',
  0x202b: '从右到左嵌入',
  0x202c: '方向格式结束',
  0x202d: '从左到右覆盖',
  0x202e: '从右到左覆盖',
  0x2060: '零宽不换行符',
  0x2066: '从左到右隔离',
  0x2067: '从右到左隔离',
  0x2068: '首字符方向隔离',
  0x2069: '方向隔离结束',
  0xfeff: '字节顺序标记 BOM／零宽不换行空格',
  0xfffd: '替换字符，通常是文件编码转换出错留下的',
};

/** Names of the ranges. */
const RANGE_LABELS = {
  c0: '控制字符',
  c1: 'C1 控制字符',
  operator: '不可见运算符',
  deprecated: '已废弃的格式字符',
  annotation: '行间注释字符',
  surrogate: '孤立的代理项，文本编码已损坏',
  tag: '标签字符',
} as const;

/** What kind of refused character a code point is, in Chinese, or null when it is fine. */
export function invisibleName(code: number): string | null {
  if (code === 9 || code === 10 || code === 13) return null;
  if (code < 0x20 || code === 0x7f) return RANGE_LABELS.c0;
  if (code >= 0x80 && code <= 0x9f) return RANGE_LABELS.c1;
  const named = NAMED_LABELS[code];
  if (named) return named;
  if (code >= 0x2061 && code <= 0x2064) return RANGE_LABELS.operator;
  if (code >= 0x206a && code <= 0x206f) return RANGE_LABELS.deprecated;
  if (code >= 0xfff9 && code <= 0xfffb) return RANGE_LABELS.annotation;
  if (code >= 0xd800 && code <= 0xdfff) return RANGE_LABELS.surrogate;
  if (code >= 0xe0000 && code <= 0xe007f) return RANGE_LABELS.tag;
  return null;
}

/** `U+202E` for a code point. */
export function codePointLabel(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

const CANDIDATE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uD800-\uDFFF\uFEFF\uFFF9-\uFFFB\uFFFD]|\uDB40[\uDC00-\uDC7F]/g;

export interface InvisibleFound {
  offset: number;
  code: number;
  name: string;
}

/**
 * Every refused character in a text, with its UTF-16 offset. A surrogate pair that forms a
 * real character (an emoji, a rare ideograph) is fine; only a lone half is refused.
 */
export function findInvisible(text: string): InvisibleFound[] {
  const out: InvisibleFound[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const i = m.index!;
    let code = text.charCodeAt(i);
    if (m[0].length === 2) code = text.codePointAt(i)!;
    else if (code >= 0xd800 && code <= 0xdbff) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) continue; // a pair; its low half is skipped below
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      const high = text.charCodeAt(i - 1);
      if (high >= 0xd800 && high <= 0xdbff) continue;
    }
    const name = invisibleName(code);
    if (name) out.push({ offset: i, code, name });
  }
  return out;
}

/** The Chinese message for one refused character (one template, listed in the guides). */
export function invisibleMessage(code: number, name: string): string {
  return `含有不可见或控制字符 ${codePointLabel(code)}（${name}）：它会让显示的文字与实际内容不同，请删除（可在编辑器中打开“显示不可见字符”找到它）`;
}

export interface InvisibleScanOptions {
  /**
   * Characters another reader of this file already refuses with a more specific message
   * (the CSV reader: control characters, U+FFFD and a BOM in the middle), so that each
   * problem is reported once.
   */
  skip?: (code: number) => boolean;
}

/** Issues for every refused character in a file's text (BOM at the start already removed). */
export function scanForInvisible(file: string, text: string, opts: InvisibleScanOptions = {}): Issue[] {
  const found = findInvisible(text).filter((f) => !opts.skip?.(f.code));
  if (!found.length) return [];
  const index = new LineIndex(text);
  return found.map((f) => ({ file, ...index.at(f.offset), key: 'invisible', message: invisibleMessage(f.code, f.name) }));
}

/** What the CSV reader refuses itself (see src/lib/csv.ts parseCsvText). */
export const CSV_READER_REFUSES = (code: number) => (code < 0x20 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd || code === 0xfeff;

/**
 * Refused characters in parsed values (strings anywhere in a YAML document or front matter):
 * YAML escapes such as "\u202E" or "\x00" produce them without their being in the file as
 * such. Calls `report` with the path of each string that holds one, and the first such character.
 */
export function walkValuesForInvisible(value: unknown, report: (path: PropertyKey[], found: InvisibleFound) => void, path: PropertyKey[] = []): void {
  if (typeof value === 'string') {
    const [first] = findInvisible(value);
    if (first) report(path, first);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => walkValuesForInvisible(v, report, [...path, i]));
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) {
      const [first] = findInvisible(k);
      if (first) report([...path, k], first);
      walkValuesForInvisible(v, report, [...path, k]);
    }
  }
}
