/**
 * Publishing rules (scripts/lib/publish.ts) and the command (scripts/publish.ts) on a local
 * target: release names, which builds are refused, the atomic switch, keep-N, rollback, and the
 * rsync/ssh commands of a remote target (built, not run: this machine has no ssh server).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  chinaToday,
  currentRelease,
  isReleaseName,
  listReleases,
  parseRemote,
  previousRelease,
  publishLocal,
  refusals,
  releaseName,
  releasesToPrune,
  remoteRollbackScript,
  remoteSwitchScript,
  rollbackLocal,
  rsyncArgs,
  shellQuote,
  sshArgs,
  switchCurrent,
} from '../../scripts/lib/publish.ts';
import type { SiteStatus } from '../../src/lib/open-data/status.ts';

const scratch = mkdtempSync(join(tmpdir(), 'portal-publish-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function status(over: Partial<SiteStatus> = {}): SiteStatus {
  return { disclosureDate: '2026-12-01', builtAt: '2026-11-30T16:10:00.000Z', dataCommit: 'abc', portalVersion: '0.1.0', siteUrl: 'https://credit.example.org/', basePath: '/', activeEntries: {}, nextTakedown: null, ...over };
}

function site(name: string, marker: string, disclosureDate = chinaToday()): string {
  const dir = join(scratch, name);
  mkdirSync(join(dir, 'lists'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), `<!doctype html><title>${marker}</title>`);
  writeFileSync(join(dir, 'lists', 'index.html'), marker);
  writeFileSync(join(dir, 'status.json'), JSON.stringify(status({ disclosureDate })));
  return dir;
}

describe('release names', () => {
  it('names a release by UTC time to the second and the first 12 characters of the data commit', () => {
    expect(releaseName(new Date('2026-11-30T16:10:05.123Z'), '0123456789abcdef0123')).toBe('20261130T161005Z-0123456789ab');
  });
  it('names a release without a commit "nocommit"', () => {
    expect(releaseName(new Date('2026-11-30T16:10:05Z'), null)).toBe('20261130T161005Z-nocommit');
  });
  it('sorts release names in publishing order', () => {
    const a = releaseName(new Date('2026-11-30T23:59:59Z'), 'ffff');
    const b = releaseName(new Date('2026-12-01T00:00:00Z'), '0000');
    expect([b, a].sort()).toEqual([a, b]);
    expect(isReleaseName(a) && isReleaseName(`${a}-2`)).toBe(true);
    expect(isReleaseName('.tmp-' + a)).toBe(false);
  });
  it('takes today in China time, which is UTC+8 all year', () => {
    expect(chinaToday(Date.parse('2026-11-30T15:59:59Z'))).toBe('2026-11-30');
    expect(chinaToday(Date.parse('2026-11-30T16:00:00Z'))).toBe('2026-12-01');
  });
});

describe('refusal rules', () => {
  it('refuses a build whose disclosure date is not today in China time', () => {
    const r = refusals(status({ disclosureDate: '2026-11-30' }), { today: '2026-12-01', allowDate: false });
    expect(r).toHaveLength(1);
    expect(r[0]).toContain('2026-11-30');
    expect(r[0]).toContain('--allow-date');
  });
  it('accepts another disclosure date with --allow-date', () => {
    expect(refusals(status({ disclosureDate: '2026-11-30' }), { today: '2026-12-01', allowDate: true })).toEqual([]);
  });
  it('refuses a build made for localhost, 127.x, ::1 or without SITE_URL', () => {
    for (const siteUrl of ['http://localhost:4321/', 'http://127.0.0.2/', 'http://[::1]:8080/', '']) {
      const r = refusals(status({ siteUrl }), { today: '2026-12-01', allowDate: false });
      expect(r, siteUrl).toHaveLength(1);
      expect(r[0], siteUrl).toMatch(/SITE_URL/);
    }
  });
  it('refuses a directory without status.json', () => {
    expect(refusals(null, { today: '2026-12-01', allowDate: true })[0]).toContain('status.json');
  });
  it('accepts a build for today with a public SITE_URL', () => {
    expect(refusals(status(), { today: '2026-12-01', allowDate: false })).toEqual([]);
  });
});

describe('keep and rollback choices', () => {
  const rs = ['20261125T161000Z-a', '20261126T161000Z-b', '20261127T161000Z-c', '20261128T161000Z-d'];
  it('keeps the newest N releases', () => {
    expect(releasesToPrune(rs, rs[3]!, 2)).toEqual([rs[1], rs[0]]);
  });
  it('never prunes the release current points at, even when it is old', () => {
    expect(releasesToPrune(rs, rs[0]!, 2)).toEqual([rs[1]]);
  });
  it('rolls back to the newest release older than the current one', () => {
    expect(previousRelease(rs, rs[2]!)).toBe(rs[1]);
    expect(previousRelease(rs, rs[0]!)).toBeNull();
  });
});

describe('local publishing', () => {
  it('copies the build into releases/<name>/ and points current at it through a relative symlink', () => {
    const dest = join(scratch, 'dest-1');
    const name = publishLocal(site('s1', 'first'), dest, { name: releaseName(new Date('2026-12-01T00:00:00Z'), 'aaa'), keep: 7 });
    expect(lstatSync(join(dest, 'current')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dest, 'current'))).toBe(`releases/${name}`);
    expect(readFileSync(join(dest, 'current', 'lists', 'index.html'), 'utf8')).toBe('first');
  });

  it('switches current by renaming a new symlink over it, leaving no temporary link behind', () => {
    const dest = join(scratch, 'dest-2');
    const a = publishLocal(site('s2a', 'A'), dest, { name: '20261201T000000Z-aaa', keep: 7 });
    const b = publishLocal(site('s2b', 'B'), dest, { name: '20261202T000000Z-bbb', keep: 7 });
    expect(currentRelease(dest)).toBe(b);
    switchCurrent(dest, a);
    expect(currentRelease(dest)).toBe(a);
    expect(readdirSync(dest).sort()).toEqual(['current', 'releases']);
  });

  it('gives a second release published in the same second a distinct name', () => {
    const dest = join(scratch, 'dest-3');
    const a = publishLocal(site('s3a', 'A'), dest, { name: '20261201T000000Z-aaa', keep: 7 });
    const b = publishLocal(site('s3b', 'B'), dest, { name: '20261201T000000Z-aaa', keep: 7 });
    expect(b).not.toBe(a);
    expect(listReleases(dest)).toEqual([a, b]);
  });

  it('keeps the newest N releases after publishing', () => {
    const dest = join(scratch, 'dest-4');
    const names = ['20261201T000000Z-a', '20261202T000000Z-b', '20261203T000000Z-c', '20261204T000000Z-d'];
    for (const n of names) publishLocal(site(`s4-${n}`, n), dest, { name: n, keep: 2 });
    expect(listReleases(dest)).toEqual(names.slice(2));
  });

  it('leaves the previous release serving when a publish stopped before the switch (a copy under a temporary name, or a complete release not yet current)', () => {
    const dest = join(scratch, 'dest-5');
    const a = publishLocal(site('s5a', 'A'), dest, { name: '20261201T000000Z-aaa', keep: 7 });
    // What a killed publish leaves: a half copy, and a complete release that was never switched to.
    mkdirSync(join(dest, 'releases', '.tmp-20261202T000000Z-bbb-p999999999'), { recursive: true });
    mkdirSync(join(dest, 'releases', '20261202T000000Z-bbb'));
    expect(currentRelease(dest)).toBe(a);
    expect(readFileSync(join(dest, 'current', 'index.html'), 'utf8')).toContain('A');
    // The next publish clears the half copy of the dead process.
    publishLocal(site('s5c', 'C'), dest, { name: '20261203T000000Z-ccc', keep: 7 });
    expect(readdirSync(join(dest, 'releases')).filter((n) => n.startsWith('.tmp-'))).toEqual([]);
  });

  it('rolls back to the previous release, and refuses when there is none', () => {
    const dest = join(scratch, 'dest-6');
    const a = publishLocal(site('s6a', 'A'), dest, { name: '20261201T000000Z-aaa', keep: 7 });
    const b = publishLocal(site('s6b', 'B'), dest, { name: '20261202T000000Z-bbb', keep: 7 });
    expect(rollbackLocal(dest)).toEqual([b, a]);
    expect(readFileSync(join(dest, 'current', 'lists', 'index.html'), 'utf8')).toBe('A');
    expect(() => rollbackLocal(dest)).toThrow(/没有保留的版本/);
  });
});

describe('the publish command', () => {
  const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    spawnSync(process.execPath, ['--import', 'tsx', resolve('scripts/publish.ts'), ...args], { encoding: 'utf8', env: { ...process.env, ...env } });

  it('publishes a build given with --from, and rolls back with --rollback', () => {
    const dest = join(scratch, 'cmd-1');
    expect(run(['--dest', dest, '--from', site('c1a', 'A')]).status).toBe(0);
    const r = run(['--dest', dest, '--from', site('c1b', 'B')]);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(dest, 'current', 'lists', 'index.html'), 'utf8')).toBe('B');
    expect(run(['--dest', dest, '--rollback']).status).toBe(0);
    expect(readFileSync(join(dest, 'current', 'lists', 'index.html'), 'utf8')).toBe('A');
  });

  it('refuses, in Chinese and without a stack trace, a build for another day unless --allow-date', () => {
    const dest = join(scratch, 'cmd-2');
    const old = site('c2', 'old', '2020-01-01');
    const r = run(['--dest', dest, '--from', old]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('拒绝发布');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dest, 'current'))).toBe(false);
    expect(run(['--dest', dest, '--from', old, '--allow-date']).status).toBe(0);
  });

  it('says what is missing when --dest is not given or an option is unknown', () => {
    expect(run([]).stderr).toContain('缺少 --dest');
    const r = run(['--dest', join(scratch, 'x'), '--frm', 'dist']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('参数有误');
  });

  it('says in Chinese that rsync is missing before trying a remote target without it', () => {
    const r = run(['--dest', 'deploy@web.example.org:/srv/credit', '--from', site('c4', 'x')], { PATH: '/nonexistent' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('没有安装 rsync');
  });
});

describe('remote targets', () => {
  it('recognises user@host:/path and leaves local paths alone', () => {
    expect(parseRemote('deploy@web.example.org:/srv/credit/')).toEqual({ host: 'deploy@web.example.org', path: '/srv/credit' });
    expect(parseRemote('/srv/credit')).toBeNull();
    expect(parseRemote('./host:/x')).toBeNull();
  });
  it('copies with rsync into a temporary release, hard-linking files unchanged since current', () => {
    const args = rsyncArgs('/tmp/site/', { host: 'deploy@web', path: '/srv/credit' }, '20261201T161000Z-abc');
    expect(args).toEqual(['-a', '--delete', '-e', 'ssh -o BatchMode=yes -o StrictHostKeyChecking=accept-new', '--link-dest=/srv/credit/current/', '/tmp/site/', 'deploy@web:/srv/credit/releases/.tmp-20261201T161000Z-abc/']);
  });
  it('uses the key file made from PUBLISH_SSH_KEY for rsync and ssh alike, quoted for rsync\'s -e', () => {
    const args = rsyncArgs('/tmp/site', { host: 'deploy@web', path: '/srv/credit' }, 'n', "/tmp/key dir/id");
    expect(args[3]).toBe(`ssh -o BatchMode=yes -o StrictHostKeyChecking=accept-new -i '/tmp/key dir/id' -o IdentitiesOnly=yes`);
    expect(sshArgs('deploy@web', 'true', '/tmp/k')).toEqual(['-o', 'BatchMode=yes', '-o', 'StrictHostKeyChecking=accept-new', '-i', '/tmp/k', '-o', 'IdentitiesOnly=yes', 'deploy@web', "sh -c 'true'"]);
    expect(sshArgs('deploy@web', 'true', '/tmp/k', '/tmp/known')).toEqual(['-o', 'BatchMode=yes', '-o', 'StrictHostKeyChecking=yes', '-o', 'UserKnownHostsFile=/tmp/known', '-i', '/tmp/k', '-o', 'IdentitiesOnly=yes', 'deploy@web', "sh -c 'true'"]);
  });
  it('quotes paths for the remote shell, including single quotes', () => {
    expect(shellQuote("/srv/it's")).toBe(`'/srv/it'\\''s'`);
    const sh = spawnSync('sh', ['-c', `printf %s ${shellQuote("a b'c$d")}`], { encoding: 'utf8' });
    expect(sh.stdout).toBe("a b'c$d");
  });
  it('switches and rolls back on the remote host with the same rename of a new symlink', () => {
    // Run the remote scripts with a local sh on a local directory: same commands, no ssh.
    const dest = join(scratch, "remote it's");
    const a = '20261201T161000Z-aaa';
    const b = '20261202T161000Z-bbb';
    for (const n of [a, b]) mkdirSync(join(dest, 'releases', `.tmp-${n}`), { recursive: true });
    for (const n of [a, b]) expect(spawnSync('sh', ['-c', remoteSwitchScript(dest, n, 1)]).status).toBe(0);
    expect(readlinkSync(join(dest, 'current'))).toBe(`releases/${b}`);
    expect(listReleases(dest)).toEqual([b]);
    mkdirSync(join(dest, 'releases', a));
    const r = spawnSync('sh', ['-c', remoteRollbackScript(dest)], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(readlinkSync(join(dest, 'current'))).toBe(`releases/${a}`);
    expect(spawnSync('sh', ['-c', remoteRollbackScript(dest)]).status).toBe(1);
  });
});
