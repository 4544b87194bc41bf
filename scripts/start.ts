/**
 * `npm start`: builds the portal (scripts/build.ts), then serves the result (scripts/serve.ts)
 * in this same process. Ctrl-C (SIGINT) or SIGTERM at any moment stops everything: during the
 * build the signal is passed on to the build, which stops Astro and removes its temporary
 * folder (dist/ stays as it was); while serving, the server closes and the process ends.
 * Exit code: the build's when it fails; 0 when stopped while serving; 128 + the signal's number
 * when stopped during the build.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { resolve } from 'node:path';

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

const build = spawn(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'build.ts')], { stdio: 'inherit' });
let stoppedBy: NodeJS.Signals | undefined;
const pass = (signal: NodeJS.Signals) => {
  stoppedBy ??= signal;
  build.kill(signal);
};
for (const s of SIGNALS) process.on(s, pass);
const code = await new Promise<number>((done) => build.on('close', (c, signal) => done(c ?? (signal ? 128 + constants.signals[signal] : 1))));
for (const s of SIGNALS) process.off(s, pass);

if (stoppedBy) {
  console.error('已停止：构建被中断，dist/ 保持不变。');
  process.exit(128 + constants.signals[stoppedBy]);
}
if (code !== 0) process.exit(code);
await import('./serve.ts');
