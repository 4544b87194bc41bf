/**
 * The privacy scan: a full resident ID number must never be in any data or content file,
 * in any field, nor in any built file. Used by validation and by the built-site check.
 */
import { findResidentIds } from './identifiers.ts';
import { LineIndex, type Issue } from './issues.ts';

export function scanForResidentIds(file: string, text: string): Issue[] {
  const found = findResidentIds(text);
  if (!found.length) return [];
  const index = new LineIndex(text);
  return found.map((f) => ({
    file,
    ...index.at(f.offset),
    key: 'privacy',
    message: `发现完整的居民身份证号码（${f.value.slice(0, 6)}…）：依法不得公开，请只填写脱敏形式，例如 ${f.value.slice(0, 6)}********${f.value.slice(14)}`,
  }));
}
