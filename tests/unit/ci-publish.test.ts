import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SCRIPT = resolve('scripts/ci-publish.sh');
// Not a key: text shaped like one, to follow through the script. Its armour lines are put
// together here so that secret scanners do not take the test file for a leaked key.
const ARMOUR = ['OPENSSH', 'PRIVATE', 'KEY'].join(' ');
const KEY = `-----BEGIN ${ARMOUR}-----\nTESTONLYNOTAKEY\n-----END ${ARMOUR}-----`;
const KNOWN = 'web1.example.org ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAITESTONLY';

/**
 * Runs the script with stand-ins for npm, rsync and ssh first on PATH. The npm stand-in reports
 * what the real `npm run publish` would be given: its arguments, and the key and known-hosts
 * files it is handed (mode, hash, content), without ever printing the key.
 */
function run(env: Record<string, string>) {
  const bin = mkdtempSync(join(tmpdir(), 'ci-publish-bin-'));
  writeFileSync(
    join(bin, 'npm'),
    `#!/usr/bin/env bash
echo "npm $*"
echo "PUBLISH=$PUBLISH"
if [ -n "\${PUBLISH_SSH_KEY_FILE:-}" ]; then
  key="$PUBLISH_SSH_KEY_FILE"
  known="$PUBLISH_KNOWN_HOSTS_FILE"
  echo "key-mode=$(stat -c %a "$key")"
  echo "key-sha=$(sha256sum <"$key" | cut -c1-64)"
  echo "known=$(cat "$known")"
  echo "key-dir=$(dirname "$key")"
  [ -z "\${PUBLISH_SSH_KEY:-}" ] && echo "key-text=unset"
fi
`,
  );
  for (const tool of ['rsync', 'ssh']) writeFileSync(join(bin, tool), '#!/bin/sh\nexit 0\n');
  for (const f of ['npm', 'rsync', 'ssh']) chmodSync(join(bin, f), 0o755);
  const r = spawnSync('bash', [SCRIPT], { encoding: 'utf8', env: { PATH: `${bin}:${process.env['PATH']}`, HOME: bin, ...env } });
  const out = `${r.stdout}${r.stderr}`;
  const field = (name: string) => new RegExp(`^${name}=(.*)$`, 'm').exec(r.stdout)?.[1];
  return { code: r.status, out, field };
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

describe('scripts/ci-publish.sh', () => {
  it('publishes to a directory with PUBLISH=1 and no SSH set up', () => {
    const { code, out, field } = run({ PUBLISH_DEST: '/srv/www/portal' });
    expect(code).toBe(0);
    expect(out).toContain('npm run publish -- --dest /srv/www/portal --from dist');
    expect(field('PUBLISH')).toBe('1');
    expect(field('key-mode')).toBeUndefined();
  });

  it('writes the key from its text to a 0600 file handed to publish with the known hosts (not the text), removes it afterwards and never prints it', () => {
    const { code, out, field } = run({ PUBLISH_DEST: 'deploy@web1.example.org:/srv/www/portal', PUBLISH_SSH_KEY: KEY, PUBLISH_KNOWN_HOSTS: KNOWN });
    expect(code).toBe(0);
    expect(out).toContain('npm run publish -- --dest deploy@web1.example.org:/srv/www/portal');
    expect(field('key-mode')).toBe('600');
    expect(field('key-sha')).toBe(sha(`${KEY}\n`));
    expect(field('known')).toBe(KNOWN);
    expect(out).toContain('key-text=unset');
    expect(out).not.toContain('TESTONLYNOTAKEY');
    expect(existsSync(field('key-dir')!)).toBe(false);
  });

  it('takes the key base64-encoded on one line (so GitLab can mask it) or as the path of a file variable', () => {
    const b64 = run({ PUBLISH_DEST: 'deploy@web1.example.org:/srv', PUBLISH_SSH_KEY: Buffer.from(`${KEY}\n`).toString('base64'), PUBLISH_KNOWN_HOSTS: KNOWN });
    expect(b64.code).toBe(0);
    expect(b64.field('key-sha')).toBe(sha(`${KEY}\n`));
    const dir = mkdtempSync(join(tmpdir(), 'ci-publish-var-'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'key'), `${KEY}\n`);
    writeFileSync(join(dir, 'known'), `${KNOWN}\n`);
    const file = run({ PUBLISH_DEST: 'deploy@web1.example.org:/srv', PUBLISH_SSH_KEY: join(dir, 'key'), PUBLISH_KNOWN_HOSTS: join(dir, 'known') });
    expect(file.code).toBe(0);
    expect(file.field('key-sha')).toBe(sha(`${KEY}\n`));
    expect(file.field('key-mode')).toBe('600');
    expect(file.field('known')).toBe(KNOWN);
    for (const r of [b64, file]) expect(r.out).not.toContain('TESTONLYNOTAKEY');
  });

  it('stops with a message naming the missing variables, before calling npm', () => {
    const none = run({});
    expect(none.code).toBe(1);
    expect(none.out).toContain('PUBLISH_DEST');
    expect(none.out).not.toContain('npm run publish');
    const noHosts = run({ PUBLISH_DEST: 'deploy@web1.example.org:/srv', PUBLISH_SSH_KEY: KEY });
    expect(noHosts.code).toBe(1);
    expect(noHosts.out).toContain('PUBLISH_KNOWN_HOSTS');
    expect(noHosts.out).not.toContain('npm run publish');
    expect(noHosts.out).not.toContain('TESTONLYNOTAKEY');
  });

  it('refuses a key that is neither text, base64 nor a file, without echoing it', () => {
    const r = run({ PUBLISH_DEST: 'deploy@web1.example.org:/srv', PUBLISH_SSH_KEY: 'not a key!', PUBLISH_KNOWN_HOSTS: KNOWN });
    expect(r.code).toBe(1);
    expect(r.out).toContain('PUBLISH_SSH_KEY');
    expect(r.out).not.toContain('not a key!');
  });
});
