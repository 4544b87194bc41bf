/**
 * CSV in and out. Writing: the one writer every download uses (`csvLines`, below). Reading:
 * CSV loading with papaparse, keeping the line and column of every cell so that
 * validation can point an editor at the exact place of a problem.
 *
 * Accepts UTF-8 with or without BOM, CRLF or LF, quoted fields with commas, quotes and
 * newlines. Rows after the header whose first cell starts with `#` are comments and skipped.
 * Refuses (with a position) text that is not UTF-8 — Excel's default "CSV"
 * export is GBK/GB18030 and would otherwise be mis-read into mojibake — and binary bytes.
 */
import Papa from 'papaparse';
import { LineIndex, type Issue } from './issues.ts';

export interface CsvCell {
  value: string;
  line: number;
  column: number;
}

export interface CsvRow {
  /** Line of the row's first character. */
  line: number;
  /** Cells by header key. */
  cells: Record<string, CsvCell>;
}

export interface CsvTable {
  file: string;
  header: CsvCell[];
  rows: CsvRow[];
  issues: Issue[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Longest cell, in characters, that the reader passes on (listed in data/README.md); the
 * schemas have tighter limits per field. A longer cell is a pasting accident: its row is
 * reported at the cell, once, and not checked further.
 */
export const MAX_CELL_CHARS = 10_000;

/** Byte offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return -1;
}

/** Decodes bytes as UTF-8; on failure reports the line and column of the first invalid byte. */
export function decodeUtf8(file: string, bytes: Uint8Array): { text: string; issues: Issue[] } {
  try {
    return { text: utf8.decode(bytes), issues: [] };
  } catch {
    const bad = Math.max(0, firstInvalidUtf8(bytes));
    const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, bad)).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    const pos = new LineIndex(prefix).at(prefix.length);
    let gbHint = '';
    try {
      new TextDecoder('gb18030', { fatal: true }).decode(bytes);
      gbHint = '（看起来是 GBK/GB18030 编码，Excel 的“CSV（逗号分隔）”默认如此）';
    } catch {
      // not GB18030 either: binary or damaged
    }
    return {
      text: '',
      issues: [
        {
          file,
          ...pos,
          key: 'encoding',
          message: `文件不是 UTF-8 编码${gbHint}：请在 Excel 中“另存为”→“CSV UTF-8（逗号分隔）”后重新提交`,
        },
      ],
    };
  }
}

/** Offsets of each field's first character in one raw row (quote-aware). */
function fieldOffsets(text: string, start: number, count: number): number[] {
  const offsets: number[] = [];
  let pos = start;
  for (let f = 0; f < count; f++) {
    offsets.push(pos);
    if (text[pos] === '"') {
      pos++;
      while (pos < text.length) {
        if (text[pos] === '"') {
          if (text[pos + 1] === '"') pos += 2;
          else {
            pos++;
            break;
          }
        } else pos++;
      }
    }
    while (pos < text.length && text[pos] !== ',' && text[pos] !== '\n') pos++;
    if (text[pos] === ',') pos++;
  }
  return offsets;
}

const QUOTE_MESSAGES: Record<string, string> = {
  MissingQuotes: '引号没有闭合：以双引号开头的单元格必须以双引号结束',
  InvalidQuotes: '引号位置不对：含引号的单元格须整体用双引号包围，单元格内的双引号要写成两个（""）',
};

/** Parses CSV text (already decoded). Keys of `cells` are the header row's values. */
export function parseCsvText(file: string, input: string): CsvTable {
  const issues: Issue[] = [];
  // One line-ending convention, so that a mixed file splits the way it looks.
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const index = new LineIndex(text);
  const at = (offset: number) => index.at(Math.max(0, Math.min(offset, text.length)));

  const nul = text.search(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/);
  if (nul >= 0) {
    const p = at(nul);
    issues.push({ file, ...p, key: 'encoding', message: '文件含有不可见的控制字符或无法识别的字节：请检查是否误存为二进制文件，或从 Excel 重新导出为 CSV UTF-8' });
    return { file, header: [], rows: [], issues };
  }
  if (text.includes('\uFEFF')) {
    const p = at(text.indexOf('\uFEFF'));
    issues.push({ file, ...p, key: 'encoding', message: '文件中间有多余的 BOM 字符（U+FEFF），常因拼接两个文件造成：请删除后重新保存' });
  }

  const raw: { data: string[]; start: number }[] = [];
  let prev = 0;
  const seen = new Set<string>();
  Papa.parse<string[]>(text, {
    delimiter: ',',
    newline: '\n',
    quoteChar: '"',
    step: (result) => {
      const start = prev;
      prev = result.meta.cursor;
      raw.push({ data: result.data, start });
      for (const e of result.errors) {
        const message = QUOTE_MESSAGES[e.code] ?? `CSV 格式错误（${e.code}）`;
        const offset = typeof e.index === 'number' && e.index >= start && e.index <= text.length ? e.index : start;
        const p = at(offset);
        const sig = `${p.line}:${e.code}`;
        if (seen.has(sig)) continue;
        seen.add(sig);
        issues.push({ file, ...p, key: 'csv', message });
      }
    },
  });

  const nonEmpty = raw.filter((r) => r.data.some((v) => v.trim() !== ''));
  if (nonEmpty.length === 0) {
    issues.push({ file, line: 1, column: 1, key: 'header', message: '文件是空的：第一行应为表头（列名）' });
    return { file, header: [], rows: [], issues };
  }
  const headRaw = nonEmpty[0]!;
  const headOffsets = fieldOffsets(text, headRaw.start, headRaw.data.length);
  const header: CsvCell[] = headRaw.data.map((v, i) => ({ value: v.trim(), ...at(headOffsets[i]!) }));
  const keys = new Map<string, CsvCell>();
  for (const h of header) {
    if (h.value === '') issues.push({ file, line: h.line, column: h.column, key: 'header', message: '表头有空的列名' });
    else if (keys.has(h.value)) issues.push({ file, line: h.line, column: h.column, key: h.value, message: `表头列名“${h.value}”重复出现` });
    else keys.set(h.value, h);
  }

  const rows: CsvRow[] = [];
  for (const r of nonEmpty.slice(1)) {
    // A row whose first cell starts with `#` is a comment (the example row of the blank
    // templates at /data/templates/<list-id>.csv); no key of any file starts with `#`.
    if (r.data[0]?.trimStart().startsWith('#')) continue;
    const offsets = fieldOffsets(text, r.start, r.data.length);
    const rowPos = at(r.start);
    if (r.data.length !== header.length) {
      const where = r.data.length > header.length ? at(offsets[header.length]!) : rowPos;
      issues.push({
        file,
        ...where,
        key: 'csv',
        message: `本行有 ${r.data.length} 列，表头有 ${header.length} 列：请检查是否多了或少了逗号，或含逗号的内容没有用双引号包围`,
      });
      // Its cells stand under the wrong headers: checking them would only report follow-on errors.
      continue;
    }
    const huge = r.data.findIndex((v) => v.length > MAX_CELL_CHARS);
    if (huge >= 0) {
      const off = offsets[huge];
      issues.push({ file, ...(off === undefined ? rowPos : at(off)), key: header[huge]?.value || 'csv', message: `单元格有 ${r.data[huge]!.length} 个字符，超过 ${MAX_CELL_CHARS} 个字符的上限：可能误粘贴了大段内容，或少了一个引号使后面的行都并进了这一格` });
      continue;
    }
    const cells: Record<string, CsvCell> = {};
    header.forEach((h, i) => {
      if (h.value === '' || cells[h.value]) return;
      const off = offsets[i];
      const pos = off === undefined ? rowPos : at(off);
      cells[h.value] = { value: (r.data[i] ?? '').trim(), ...pos };
    });
    rows.push({ line: rowPos.line, cells });
  }
  return { file, header, rows, issues };
}

/** Decodes and parses a CSV file's bytes. */
export function parseCsv(file: string, bytes: Uint8Array): CsvTable {
  const decoded = decodeUtf8(file, bytes);
  if (decoded.issues.length) return { file, header: [], rows: [], issues: decoded.issues };
  return parseCsvText(file, decoded.text);
}

// ---------------------------------------------------------------- writing

/** A value of a written cell: numbers as written by String(), null and undefined as empty. */
export type CsvValue = string | number | null | undefined;

/** Byte-order mark: Excel reads a CSV file that starts with it as UTF-8, not GBK. */
export const BOM = '\uFEFF';

/**
 * A cell a spreadsheet would evaluate as a formula (one beginning with = + - @, a tab or a
 * carriage return: OWASP "CSV injection"), made inert by a leading apostrophe.
 */
export function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One CSV field: neutralised, then quoted when it holds a comma, quote, line break or edge space. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const v = neutralise(String(value));
  return /[",\r\n]/.test(v) || /^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** CSV text as every download is written: BOM, one line per row, CRLF (RFC 4180), every field guarded. */
export function csvLines(rows: readonly (readonly CsvValue[])[]): string {
  return BOM + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
