/**
 * Command-line options for every script, read with Node's own `parseArgs` (strict: an unknown
 * option or a missing value is refused). A mistake prints what was wrong and the usage, in
 * Chinese, and exits 2 — never a stack trace.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

export function readArgs<T extends ParseArgsOptionsConfig>(options: T, usage: string, args: string[] = process.argv.slice(2)) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    console.error(`参数有误：${(e as Error).message}\n用法：${usage}`);
    process.exit(2);
  }
}
