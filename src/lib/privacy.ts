/**
 * The privacy scan: a full resident ID number must never be in any data or content file,
 * in any field, in any form (see findResidentIds: 18 or 15 digits, full-width or other digits,
 * split by spaces or hyphens), nor in any built file. Used by validation and by the built-site
 * check. Messages show the number masked, never whole: the validation log is public in CI.
 */
import { findResidentIds, maskFoundId } from './identifiers.ts';
import { LineIndex, type Issue } from './issues.ts';

export function scanForResidentIds(file: string, text: string): Issue[] {
  const found = findResidentIds(text);
  if (!found.length) return [];
  const index = new LineIndex(text);
  return found.map((f) => {
    const masked = maskFoundId(f.value);
    return {
      file,
      ...index.at(f.offset),
      key: 'privacy',
      message:
        f.value.length === 15
          ? `发现完整的 15 位（第一代）居民身份证号码（${masked}）：依法不得公开，请删除，或只写脱敏形式 ${masked}`
          : `发现完整的居民身份证号码（${masked}）：依法不得公开，请只填写脱敏形式，例如 ${masked}`,
    };
  });
}

/**
 * `text` with every full resident ID number in it masked. Validation messages quote what an
 * editor wrote (“区县“…”不在…”); a full number typed into the wrong column must not be printed
 * whole by any of them, since the validation log is public in CI.
 */
export function maskResidentIdsIn(text: string): string {
  const found = findResidentIds(text);
  if (!found.length) return text;
  let out = '';
  let at = 0;
  for (const f of found.sort((a, b) => a.offset - b.offset)) {
    if (f.offset < at) continue;
    out += text.slice(at, f.offset) + maskFoundId(f.value);
    at = f.offset + f.length;
  }
  return out + text.slice(at);
}
