import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { ConfigError, dataRoot, disclosureDate } from '../../src/lib/config.ts';
import { formatIssue, type Issue } from '../../src/lib/issues.ts';
import { loadPortal } from '../../src/lib/load/index.ts';
import { githubCommand, githubPlainError, gitlabReport } from './ci-formats.ts';


/**
 * `text` (default): `path:line:column: 中文说明 (key)` on standard error.
 * `github`: the same lines as `::error` workflow commands on standard output, so that GitHub
 * shows each at its line in the pull request.
 * `gitlab`: the text lines as usual, and a Code Quality report written to `--output`
 * (default gl-code-quality-report.json) — also when there is no problem, so that the target
 * branch has a report to compare with.
 */
const FORMATS = ['text', 'github', 'gitlab'] as const;
type Format = (typeof FORMATS)[number];
const DEFAULT_GITLAB_REPORT = 'gl-code-quality-report.json';

function writeReport(path: string, issues: Issue[]): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(gitlabReport(issues), null, 2)}\n`);
}

/** Runs validation and prints the result; returns the exit code. Never prints a stack trace. */
export function runValidation(args: string[]): number {
  const t0 = performance.now();
  let opts: { format?: string; output?: string; root?: string; data?: string };
  try {
    opts = parseArgs({ args, options: { format: { type: 'string' }, output: { type: 'string' }, root: { type: 'string' }, data: { type: 'string' } }, strict: true }).values;
  } catch (e) {
    console.error(`参数有误：${(e as Error).message}\n用法：npm run validate -- [--format text|github|gitlab] [--output 文件] [--root 目录] [--data 目录]`);
    return 1;
  }
  const format = (opts.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) {
    console.error(`--format 只能是 ${FORMATS.join('、')}，收到 "${format}"`);
    return 1;
  }
  const output = opts.output ?? (format === 'gitlab' ? DEFAULT_GITLAB_REPORT : undefined);
  try {
    const date = disclosureDate();
    const { portal, issues, warnings } = loadPortal({ root: opts.root ?? dataRoot(), dataDir: opts.data ?? process.env['PORTAL_DATA_DIR'], disclosureDate: date });
    const ms = Math.round(performance.now() - t0);
    if (format === 'gitlab' && output) writeReport(output, issues);
    for (const w of warnings) console.warn(formatIssue(w));
    if (issues.length) {
      if (format === 'github') for (const i of issues) console.log(githubCommand(i));
      else for (const i of issues) console.error(formatIssue(i));
      console.error(`\n校验未通过：${issues.length} 个问题，涉及 ${new Set(issues.map((i) => i.file)).size} 个文件（${ms} ms）。请按上面每行所示的文件、行、列修改后重新运行 npm run validate。`);
      return 1;
    }
    const entries = [...portal.lists.values()].reduce((n, l) => n + l.entries.length, 0);
    console.log(`校验通过：${portal.units.size} 个单位，${portal.areas.size} 个领域，${portal.lists.size} 个名单（${entries} 行），公示日期 ${date}（${ms} ms）。`);
    return 0;
  } catch (e) {
    if (format === 'gitlab' && output) writeReport(output, []);
    if (e instanceof ConfigError) {
      if (format === 'github') console.log(githubPlainError('配置错误', e.message));
      console.error(e.message);
      return 1;
    }
    const msg = `校验程序自身出错（不是数据问题，请联系开发人员）：${e instanceof Error ? e.message : String(e)}`;
    if (format === 'github') console.log(githubPlainError('校验程序出错', msg));
    console.error(msg);
    return 2;
  }
}
