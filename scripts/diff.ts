/**
 * `npm run diff -- <base-ref>`: what the public will see change, comparing the data at the
 * point where this branch left <base-ref> (as `git diff <base-ref>...` does) with the data in
 * the working tree, both loaded by the build's loader for the same disclosure date
 * (DISCLOSURE_DATE, default today in China time). Markdown for people (the merge request's
 * summary); `--format json` for programs and tests; `--output FILE` writes the file instead of
 * standard output (npm prints its own lines on standard output).
 *
 * The old data is read with `git archive` into a temporary directory, so the working tree is
 * never touched. Exit 0 with the summary; exit 1 with a message when the ref cannot be found or
 * the current data does not validate.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, dataRoot, disclosureDate } from '../src/lib/config.ts';
import { formatIssue } from '../src/lib/issues.ts';
import { loadPortal } from '../src/lib/load/index.ts';
import { diffPortals, renderMarkdown } from './lib/publication-diff.ts';

class DiffError extends Error {}

function git(cwd: string, args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new DiffError(r.stderr.trim() || `git ${args.join(' ')} 失败`);
  return r.stdout.trim();
}

/** Extracts the data and content folders of `commit` (under the data root's place in the repository). */
function checkoutData(root: string, commit: string, dataDir: string): string {
  const prefix = git(root, ['rev-parse', '--show-prefix']);
  const tree = `${commit}:${prefix}`;
  const top = new Set(git(root, ['ls-tree', '--name-only', tree]).split('\n'));
  const wanted = [dataDir.split('/')[0]!, 'content'].filter((p) => top.has(p));
  const dir = mkdtempSync(join(tmpdir(), 'portal-diff-'));
  if (wanted.length) {
    const tar = execFileSync('git', ['archive', '--format=tar', tree, ...wanted], { cwd: root, maxBuffer: 4 * 1024 ** 3 });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
  }
  return dir;
}

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'markdown' }, output: { type: 'string' }, root: { type: 'string' } },
  });
  const ref = positionals[0];
  if (!ref || positionals.length > 1) throw new DiffError('用法：npm run diff -- <目标分支或提交> [--format markdown|json] [--output 文件]');
  if (values.format !== 'markdown' && values.format !== 'json') throw new DiffError(`--format 只能是 markdown 或 json，收到 "${values.format}"`);
  const root = resolve(values.root ?? dataRoot());
  const dataDir = process.env['PORTAL_DATA_DIR']?.trim() || 'data';
  const date = disclosureDate();

  let target: string;
  try {
    target = git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    throw new DiffError(`找不到提交“${ref}”。在流水线中请取完整历史（GitHub/Gitea：actions/checkout 的 fetch-depth: 0；GitLab：GIT_DEPTH: "0"）。`);
  }
  const notes: string[] = [];
  let base = target;
  try {
    base = git(root, ['merge-base', target, 'HEAD']);
  } catch {
    notes.push(`没有找到 ${ref} 与当前提交的共同祖先（历史不完整？），直接与 ${ref} 比较。`);
  }

  const head = loadPortal({ root, dataDir, disclosureDate: date });
  if (head.issues.length) {
    for (const i of head.issues) console.error(formatIssue(i));
    throw new DiffError(`当前数据有 ${head.issues.length} 个校验问题，先按上面的提示修正（npm run validate），再生成公示变化摘要。`);
  }
  const oldRoot = checkoutData(root, base, dataDir);
  try {
    const old = loadPortal({ root: oldRoot, dataDir, disclosureDate: date });
    const diff = diffPortals(old.portal, head.portal, base);
    diff.baseIssues = old.issues.length;
    diff.notes.push(...notes);
    const text = values.format === 'json' ? `${JSON.stringify(diff, null, 2)}\n` : renderMarkdown(diff);
    if (values.output) {
      mkdirSync(dirname(resolve(values.output)), { recursive: true });
      writeFileSync(values.output, text);
    } else process.stdout.write(text);
    return 0;
  } finally {
    rmSync(oldRoot, { recursive: true, force: true });
  }
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (e instanceof DiffError || e instanceof ConfigError) console.error(e.message);
  else if (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS')) console.error(`参数错误：${e.message}`);
  else console.error(`公示变化摘要程序自身出错（不是数据问题，请联系开发人员）：${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = e instanceof DiffError || e instanceof ConfigError || e instanceof TypeError ? 1 : 2;
}
