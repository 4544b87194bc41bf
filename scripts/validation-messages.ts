/**
 * Prints the validation messages of the code that the editors' guides (data/README.md,
 * content/README.md) do not list yet, with where each is written; exits 1 if there is any.
 * `--all` prints every message. Same check as tests/unit/guide-messages.test.ts.
 */
import { readFileSync } from 'node:fs';
import { codeMessages, missingFromGuides } from './lib/validation-messages.ts';
import { readArgs } from './lib/args.ts';

const all = codeMessages(process.cwd());
const showAll = readArgs({ all: { type: 'boolean', default: false } }, 'npx tsx scripts/validation-messages.ts [--all]').values.all;
const shown = showAll ? all : missingFromGuides(all, ['data/README.md', 'content/README.md'].map((f) => readFileSync(f, 'utf8')));
for (const m of shown) console.log(`${m.file}:${m.line}\t${m.text}`);
if (!showAll) {
  console.log(shown.length ? `\n${shown.length} 条校验说明不在指南的表格中：请把它们（可变部分写作 …）和改法加到 data/README.md 或 content/README.md 的“校验信息一览”。` : `指南的表格包含全部 ${all.length} 处校验说明。`);
  process.exitCode = shown.length ? 1 : 0;
}
