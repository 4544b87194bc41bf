/**
 * The publishing rules of `npm run publish` (scripts/publish.ts), kept apart from the command so
 * that they are unit-tested: release names, which build may go out, the local release directory
 * with its atomic switch, keep-N and rollback, and the rsync/ssh commands for a remote target.
 *
 * Layout of a target directory:
 *
 *   <dest>/releases/<timestamp>-<commit>/   one complete build each
 *   <dest>/releases/.tmp-<name>/             a release being copied (never served)
 *   <dest>/current -> releases/<name>        what the web server serves (deploy/nginx.conf)
 *
 * A release is copied under a temporary name and renamed when complete; `current` is switched by
 * renaming a new symlink over it (rename(2) is atomic), so a publish stopped at any moment leaves
 * the previous release serving.
 */
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { basename, join } from 'node:path';
import { publicSiteUrlProblem } from '../../src/lib/config.ts';
import type { SiteStatus } from '../../src/lib/open-data/status.ts';

export const RELEASES = 'releases';
export const CURRENT = 'current';
const TMP_PREFIX = '.tmp-';

export class PublishError extends Error {
  override name = 'PublishError';
}

/** Today's calendar day in China Standard Time (UTC+8, no daylight saving). */
export function chinaToday(now: number = Date.now()): string {
  return new Date(now + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

/**
 * `20261201T161000Z-0123456789ab`: UTC time to the second, then the first 12 characters of the
 * data commit. Names sort in publishing order, which is what keep-N and rollback rely on.
 */
export function releaseName(now: Date, commit: string | null): string {
  const stamp = now.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
  const c = (commit ?? '').replace(/[^0-9a-zA-Z]/g, '').slice(0, 12).toLowerCase() || 'nocommit';
  return `${stamp}-${c}`;
}

const RELEASE_NAME = /^\d{8}T\d{6}Z-[0-9a-z]+(?:-\d+)?$/;

export function isReleaseName(name: string): boolean {
  return RELEASE_NAME.test(name);
}

/** Why this build may not be published (every reason, in Chinese), empty when it may. */
export function refusals(status: SiteStatus | null, o: { today: string; allowDate: boolean }): string[] {
  if (!status) return ['构建结果中没有 status.json：请用本版本的 npm run build 重新构建 (status.json)'];
  const out: string[] = [];
  if (!o.allowDate && status.disclosureDate !== o.today) {
    out.push(`构建的公示计算日期是 ${status.disclosureDate}，而今天（北京时间）是 ${o.today}：过期或提前的构建会显示不该显示的条目。请重新构建，或确有需要时加 --allow-date (disclosureDate)`);
  }
  const site = publicSiteUrlProblem({ SITE_URL: status.siteUrl });
  if (site) out.push(site.replace(/^发布用的构建必须设置环境变量 SITE_URL/, '该构建没有设置 SITE_URL（构建时的环境变量）'));
  return out;
}

/** Release names in `<dest>/releases`, oldest first (temporary copies left out). */
export function listReleases(dest: string): string[] {
  const dir = join(dest, RELEASES);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter(isReleaseName)
    .sort();
}

/** The release `current` points at, or null when there is none yet. */
export function currentRelease(dest: string): string | null {
  const link = join(dest, CURRENT);
  try {
    if (!lstatSync(link).isSymbolicLink()) throw new PublishError(`${link} 不是符号链接：发布目录里的 current 必须是指向 releases/ 下某个版本的链接`);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  return basename(readlinkSync(link));
}

/** Points `<dest>/current` at `releases/<name>` in one rename (a relative link: the tree can move). */
export function switchCurrent(dest: string, name: string): void {
  if (!existsSync(join(dest, RELEASES, name))) throw new PublishError(`版本 ${name} 不存在于 ${join(dest, RELEASES)}`);
  const tmp = join(dest, `${TMP_PREFIX}${CURRENT}-${process.pid}`);
  rmSync(tmp, { force: true });
  symlinkSync(`${RELEASES}/${name}`, tmp);
  renameSync(tmp, join(dest, CURRENT));
}

/** Releases to delete so that the newest `keep` remain, never the one `current` points at. */
export function releasesToPrune(releases: readonly string[], current: string | null, keep: number): string[] {
  const newestFirst = [...releases].sort().reverse();
  return newestFirst.slice(Math.max(keep, 1)).filter((r) => r !== current);
}

/** The release before the current one (by name, i.e. by time), or null. */
export function previousRelease(releases: readonly string[], current: string | null): string | null {
  const older = [...releases].sort().filter((r) => current === null || r < current);
  return older.at(-1) ?? null;
}

/** Is the process that wrote a temporary copy gone (its pid is in the name)? */
function writerGone(tmpName: string): boolean {
  const pid = Number(/-p(\d+)$/.exec(tmpName)?.[1]);
  if (!pid) return true;
  try {
    process.kill(pid, 0);
    return false;
  } catch {
    return true;
  }
}

/**
 * Copies `from` into a new release and switches `current` to it; then deletes all but the newest
 * `keep` releases and the leftovers of interrupted publishes. Returns the release's name.
 */
export function publishLocal(from: string, dest: string, o: { name: string; keep: number; onStep?: (step: string) => void }): string {
  const releases = join(dest, RELEASES);
  mkdirSync(releases, { recursive: true });
  let name = o.name;
  for (let i = 2; existsSync(join(releases, name)); i++) name = `${o.name}-${i}`;
  const tmp = join(releases, `${TMP_PREFIX}${name}-p${process.pid}`);
  o.onStep?.('copy');
  cpSync(from, tmp, { recursive: true, verbatimSymlinks: true });
  o.onStep?.('rename');
  renameSync(tmp, join(releases, name));
  o.onStep?.('switch');
  switchCurrent(dest, name);
  o.onStep?.('prune');
  prune(dest, o.keep);
  return name;
}

/** Deletes old releases (see releasesToPrune) and copies left by publishes that were killed. */
export function prune(dest: string, keep: number): string[] {
  const current = currentRelease(dest);
  const gone = releasesToPrune(listReleases(dest), current, keep);
  for (const r of gone) rmSync(join(dest, RELEASES, r), { recursive: true, force: true });
  const dir = join(dest, RELEASES);
  for (const n of existsSync(dir) ? readdirSync(dir) : []) {
    if (n.startsWith(TMP_PREFIX) && writerGone(n)) rmSync(join(dir, n), { recursive: true, force: true });
  }
  return gone;
}

/** Points `current` at the previous release; returns [from, to]. */
export function rollbackLocal(dest: string): [string, string] {
  const current = currentRelease(dest);
  if (!current) throw new PublishError(`${join(dest, CURRENT)} 不存在：还没有发布过任何版本，无法回滚`);
  const prev = previousRelease(listReleases(dest), current);
  if (!prev) throw new PublishError(`当前版本 ${current} 之前没有保留的版本，无法回滚`);
  switchCurrent(dest, prev);
  return [current, prev];
}

// ---------------------------------------------------------------- remote (ssh + rsync)

/** `user@host:/path` → its parts; anything else (a local path) → null. */
export function parseRemote(dest: string): { host: string; path: string } | null {
  const m = /^([A-Za-z0-9._-]+@[A-Za-z0-9.[\]:_-]+?):(\/.*)$/.exec(dest);
  if (!m) return null;
  return { host: m[1]!, path: m[2]!.replace(/\/+$/, '') || '/' };
}

/** Single-quotes a word for a POSIX shell. */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/**
 * ssh options: never ask anything in a pipeline (BatchMode). With `knownHosts` (a file of the
 * server's host keys, which the pipelines take from PUBLISH_KNOWN_HOSTS) only those keys are
 * accepted; without it a host key not yet known is recorded on first use and a changed one is
 * refused. `keyFile`: the private key file; else ssh-agent's keys.
 */
export function sshOptions(keyFile?: string, knownHosts?: string): string[] {
  const hostKeys = knownHosts ? ['-o', 'StrictHostKeyChecking=yes', '-o', `UserKnownHostsFile=${knownHosts}`] : ['-o', 'StrictHostKeyChecking=accept-new'];
  return ['-o', 'BatchMode=yes', ...hostKeys, ...(keyFile ? ['-i', keyFile, '-o', 'IdentitiesOnly=yes'] : [])];
}

/**
 * rsync arguments copying `from` into the remote temporary release directory. Files unchanged
 * since the current release are hard-linked to it (`--link-dest`), so a daily publish sends and
 * stores only what changed.
 */
export function rsyncArgs(from: string, remote: { host: string; path: string }, name: string, keyFile?: string, knownHosts?: string): string[] {
  const tmp = `${remote.path}/${RELEASES}/${TMP_PREFIX}${name}`;
  const ssh = ['ssh', ...sshOptions(keyFile, knownHosts)].map((w) => (/^[\w@%+=:,./-]+$/.test(w) ? w : shellQuote(w))).join(' ');
  return ['-a', '--delete', '-e', ssh, `--link-dest=${remote.path}/${CURRENT}/`, `${from.replace(/\/+$/, '')}/`, `${remote.host}:${tmp}/`];
}

/** The remote shell script that makes the copied release current and keeps the newest `keep`. */
export function remoteSwitchScript(path: string, name: string, keep: number): string {
  const p = shellQuote(path);
  const n = shellQuote(name);
  return [
    'set -eu',
    `cd ${p}`,
    `mv ${RELEASES}/${TMP_PREFIX}${name} ${RELEASES}/${n}`,
    `ln -sfn ${RELEASES}/${n} .tmp-${CURRENT}`,
    `mv -T .tmp-${CURRENT} ${CURRENT}`,
    `cur=$(basename "$(readlink ${CURRENT})")`,
    `ls -1 ${RELEASES} | grep -E '^[0-9]{8}T[0-9]{6}Z-' | sort -r | tail -n +${Math.max(keep, 1) + 1} | while read -r r; do [ "$r" = "$cur" ] || rm -rf -- "${RELEASES}/$r"; done`,
  ].join('\n');
}

/** The remote shell script of a rollback. */
export function remoteRollbackScript(path: string): string {
  return [
    'set -eu',
    `cd ${shellQuote(path)}`,
    `cur=$(basename "$(readlink ${CURRENT})")`,
    `prev=$(ls -1 ${RELEASES} | grep -E '^[0-9]{8}T[0-9]{6}Z-' | sort | awk -v c="$cur" '$0 < c' | tail -n 1)`,
    `[ -n "$prev" ] || { echo "当前版本 $cur 之前没有保留的版本，无法回滚" >&2; exit 1; }`,
    `ln -sfn "${RELEASES}/$prev" .tmp-${CURRENT}`,
    `mv -T .tmp-${CURRENT} ${CURRENT}`,
    'echo "$cur -> $prev"',
  ].join('\n');
}

/** ssh arguments running `script` on the host with sh. */
export function sshArgs(host: string, script: string, keyFile?: string, knownHosts?: string): string[] {
  return [...sshOptions(keyFile, knownHosts), host, `sh -c ${shellQuote(script)}`];
}
