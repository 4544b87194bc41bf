/**
 * `npm run build`: validate → Astro build into a temporary directory → search index →
 * swap into dist/. Validation runs before anything is written, and a failed build never
 * leaves a half-written dist/ in place of a good one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { runValidation } from './lib/run-validation.ts';

const root = process.cwd();
const finalDir = resolve(process.env['OUT_DIR'] ?? 'dist');
const tmpDir = `${finalDir}.tmp-${process.pid}`;

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, env: { ...process.env, ...env } });
  if (r.status !== 0) {
    rmSync(tmpDir, { recursive: true, force: true });
    console.error(`\n构建失败：${cmd} ${args.join(' ')} 退出码 ${r.status ?? r.signal}。dist/ 保持不变。`);
    process.exit(r.status ?? 1);
  }
}

if (runValidation([]) !== 0) {
  console.error('构建已停止：数据未通过校验，没有写入任何输出。');
  process.exit(1);
}
rmSync(tmpDir, { recursive: true, force: true });
run(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], { OUT_DIR: tmpDir });
// Pagefind over the IndexHints blocks only, then the results' display file (scripts/search-index.ts).
run(process.execPath, ['--import', 'tsx', resolve('scripts/search-index.ts'), tmpDir]);

const oldDir = `${finalDir}.old-${process.pid}`;
if (existsSync(finalDir)) renameSync(finalDir, oldDir);
renameSync(tmpDir, finalDir);
rmSync(oldDir, { recursive: true, force: true });
console.log(`构建完成：${finalDir}`);
