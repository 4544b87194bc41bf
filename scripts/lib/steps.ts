/**
 * The one way the test commands run their steps (npm test, test:hostile,
 * test:deploy): each step is a command run to its end with the terminal attached, announced
 * before and timed after; the first one that fails stops the whole command with its exit code.
 */
import { spawnSync } from 'node:child_process';

/** `level` 1: a step of `npm test` (=== lines); 2: a step inside one of its steps (--- lines). */
export function step(name: string, command: readonly string[], env: NodeJS.ProcessEnv = process.env, level: 1 | 2 = 2): void {
  const bar = level === 1 ? '===' : '---';
  const t0 = Date.now();
  console.log(`\n${bar} ${name}: ${command.map((a) => a.replace(/^.*\/node_modules\//, '')).join(' ')} ${bar}`);
  const r = spawnSync(command[0]!, command.slice(1), { stdio: 'inherit', env });
  const s = ((Date.now() - t0) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`\n${bar} ${name} 失败（${s} s${r.signal ? `，信号 ${r.signal}` : ''}）${bar}`);
    throw new StepFailed(name, r.status ?? 1);
  }
  console.log(`${bar} ${name} 通过（${s} s）${bar}`);
}

/** Thrown by `step` when its command fails; `runSteps` turns it into the exit code. */
export class StepFailed extends Error {
  constructor(
    readonly step: string,
    readonly code: number,
  ) {
    super(`${step} 失败`);
  }
}

/** Runs `body`; a failed step ends the process with that step's exit code. */
export function runSteps(body: () => void): void {
  try {
    body();
  } catch (e) {
    if (e instanceof StepFailed) process.exit(e.code);
    throw e;
  }
}

/** `node --import tsx <script> …` with this Node. */
export const tsx = (script: string, ...args: string[]): string[] => [process.execPath, '--import', 'tsx', script, ...args];

/** `playwright test …` with this Node. */
export const playwright = (...args: string[]): string[] => [process.execPath, 'node_modules/@playwright/test/cli.js', 'test', ...args];
