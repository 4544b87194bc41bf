/**
 * "Stopping `npm start` or `npm run serve` with Ctrl-C or SIGTERM stops the server too." The real
 * npm scripts are run (npm, its shell, Node), the signal is sent to npm alone — as a process
 * manager or `kill` does — and afterwards nothing listens on the port and no process of the run
 * is left. `npm start` builds the small good fixture (without social images) first.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureRoot } from '../../scripts/lib/fixtures.ts';
import { SAMPLE_DAY } from '../../scripts/lib/sample-day.ts';

const repo = resolve('.');
const scratch = mkdtempSync(join(tmpdir(), 'portal-stop-'));
const tags: string[] = [];
afterAll(() => {
  // A failed test may have left the server running: end exactly the processes it started.
  for (const tag of tags) for (const pid of processesTagged(tag)) process.kill(pid, 'SIGKILL');
  rmSync(scratch, { recursive: true, force: true });
});

/** A port nothing listens on now. */
async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
  const port = (s.address() as { port: number }).port;
  await new Promise((ok) => s.close(ok));
  return port;
}

/** Whether something accepts connections on the port. */
function listening(port: number): Promise<boolean> {
  return new Promise((answer) => {
    const c = createConnection({ port, host: '127.0.0.1' });
    c.once('connect', () => (c.destroy(), answer(true)));
    c.once('error', () => answer(false));
  });
}

/** Processes (other than this one) whose environment holds the run's tag. */
function processesTagged(tag: string): number[] {
  const found: number[] = [];
  for (const pid of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      if (readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(`PORTAL_STOP_TEST=${tag}`)) found.push(Number(pid));
    } catch {
      // ended meanwhile, or not ours to read
    }
  }
  return found.filter((p) => p !== process.pid);
}

interface Run {
  npm: ChildProcess;
  output: () => string;
  exited: Promise<void>;
  tag: string;
}

function npmRun(script: string[], env: NodeJS.ProcessEnv): Run {
  const tag = `${process.pid}-${Math.random().toString(36).slice(2)}`;
  tags.push(tag);
  const npm = spawn('npm', script, { cwd: repo, env: { ...process.env, ...env, PORTAL_STOP_TEST: tag }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  npm.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  npm.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((ok) => npm.once('exit', () => ok()));
  return { npm, output: () => out, exited, tag };
}

async function waitFor(run: Run, text: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!run.output().includes(text)) {
    if (Date.now() > end || run.npm.exitCode !== null) throw new Error(`没有等到“${text}”。输出：\n${run.output().slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until no process of the run is left (a few seconds at most). */
async function leftOver(tag: string): Promise<number[]> {
  for (let i = 0; i < 50; i++) {
    const left = processesTagged(tag);
    if (!left.length) return [];
    await new Promise((r) => setTimeout(r, 100));
  }
  return processesTagged(tag);
}

function site(): string {
  const dir = mkdtempSync(join(scratch, 'site-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>built</title>');
  return dir;
}

describe('npm run serve', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`stops listening and leaves no process when npm gets ${signal}`, async () => {
      const port = await freePort();
      const run = npmRun(['run', 'serve'], { OUT_DIR: site(), PORT: String(port), BASE_PATH: '/' });
      await waitFor(run, '提供服务', 30_000);
      expect(await listening(port)).toBe(true);
      run.npm.kill(signal);
      await run.exited;
      expect(await leftOver(run.tag)).toEqual([]);
      expect(await listening(port)).toBe(false);
    });
  }
});

describe('npm start', () => {
  const env = (out: string, port: number) => ({
    OUT_DIR: out,
    PORT: String(port),
    BASE_PATH: '/',
    PORTAL_DATA_ROOT: fixtureRoot(),
    SKIP_OG: '1',
    DISCLOSURE_DATE: SAMPLE_DAY,
    ASTRO_CACHE_DIR: join(scratch, 'cache'),
  });

  it('builds, serves, and after SIGTERM to npm nothing listens and no process is left', async () => {
    const port = await freePort();
    const out = join(scratch, 'start-dist');
    const run = npmRun(['start'], env(out, port));
    await waitFor(run, '提供服务', 150_000);
    expect(await listening(port)).toBe(true);
    run.npm.kill('SIGTERM');
    await run.exited;
    expect(await leftOver(run.tag)).toEqual([]);
    expect(await listening(port)).toBe(false);
  }, 180_000);

  it('stopped during its build leaves the previous site as it was and no build running', async () => {
    const port = await freePort();
    const out = site();
    writeFileSync(join(out, 'MARKER'), 'the last good build');
    const run = npmRun(['start'], env(out, port));
    await waitFor(run, '[stage] validate', 150_000);
    run.npm.kill('SIGTERM');
    await run.exited;
    expect(await leftOver(run.tag)).toEqual([]);
    expect(await listening(port)).toBe(false);
    expect(readdirSync(out).sort()).toEqual(['MARKER', 'index.html']);
    expect(readFileSync(join(out, 'MARKER'), 'utf8')).toBe('the last good build');
    const parent = join(out, '..');
    expect(readdirSync(parent).filter((n) => n.includes('.tmp-'))).toEqual([]);
  }, 180_000);
});
