import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/lib/issues.ts';
import { loadPortal } from '../../src/lib/load/index.ts';
import { SAMPLE_DAY } from '../../scripts/lib/sample-day.ts';

/** A copy of the sample data and content, with planted links, special and stray files. */
const base = mkdtempSync(join(tmpdir(), 'file-tree-'));
const root = join(base, 'portal');
const outside = join(base, 'outside-secret.csv');
const SECRET = 'OUTSIDE-BYTES-必须不出现';
const LIST = 'data/lists/dishonest-debtors';

/** Named bad entries: path → what is planted there, and the start of the message expected at path:1:1. */
const PLANTED: Record<string, [string, (p: string) => void]> = {
  [`${LIST}/notes.csv`]: ['这是一个符号链接', (p) => symlinkSync(outside, p)],
  [`${LIST}/dangling.csv`]: ['这是一个符号链接', (p) => symlinkSync(join(base, 'nowhere.csv'), p)],
  'content/cases/2021/loop-a.mdx': ['这是一个符号链接', (p) => symlinkSync('loop-b.mdx', p)],
  'content/cases/2021/loop-b.mdx': ['这是一个符号链接', (p) => symlinkSync('loop-a.mdx', p)],
  'data/lists/linked-list': ['这是一个符号链接', (p) => symlinkSync(join(root, LIST), p)],
  'content/areas/20-linked.mdx': ['这是一个符号链接', (p) => symlinkSync(outside, p)],
  [`${LIST}/pipe`]: ['这不是普通文件（管道、设备或套接字）', (p) => { const r = spawnSync('mkfifo', [p]); if (r.status !== 0) throw new Error('mkfifo failed'); }],
  [`${LIST}/entries 副本.csv`]: ['文件“entries 副本.csv”不会被读取：是不是想改 entries.csv？', (p) => writeFileSync(p, 'id\n')],
  [`${LIST}/entries.xlsx`]: ['“entries.xlsx”是表格软件的文件，网站不读取：请在表格软件中“另存为”→“CSV UTF-8（逗号分隔）”，保存为 entries.csv', (p) => writeFileSync(p, 'PK')],
  [`${LIST}/meta.yaml`]: ['文件名“meta.yaml”不对：应命名为 meta.yml', (p) => writeFileSync(p, 'title: x\n')],
  [`${LIST}/notes.txt`]: ['文件“notes.txt”不会被读取：这里只能放 meta.yml、entries.csv', (p) => writeFileSync(p, '备注')],
  'data/units 副本.csv': ['文件“units 副本.csv”不会被读取：是不是想改 units.csv？', (p) => writeFileSync(p, 'id\n')],
  'data/dataset.yaml': ['文件名“dataset.yaml”不对：应命名为 dataset.yml', (p) => writeFileSync(p, 'city: x\n')],
  'data/progress/2019-06.xlsx': ['“2019-06.xlsx”是表格软件的文件', (p) => writeFileSync(p, 'PK')],
  'content/cases/2021/draft.txt': ['文件“draft.txt”不会被读取：这里只能放 *.mdx', (p) => writeFileSync(p, '草稿')],
  'content/cases/2021/images': ['文件夹“images”不会被读取', (p) => mkdirSync(p)],
  'content/drafts': ['文件夹“drafts”不会被读取：这里只能放 areas/、cases/、notices/', (p) => mkdirSync(p)],
};

let issues: string[] = [];
beforeAll(() => {
  mkdirSync(root);
  cpSync('data', join(root, 'data'), { recursive: true });
  cpSync('content', join(root, 'content'), { recursive: true });
  writeFileSync(outside, `id,subject_name\n${SECRET},${SECRET}\n`);
  for (const [path, [, plant]] of Object.entries(PLANTED)) plant(join(root, path));
  // Allowed and ignored: guides and hidden files.
  writeFileSync(join(root, LIST, 'README.md'), '# 说明\n');
  writeFileSync(join(root, 'content/cases/2021/.gitkeep'), '');
  issues = loadPortal({ root, disclosureDate: SAMPLE_DAY }).issues.filter((i) => i.key === 'file').map(formatIssue);
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('data and content are read only from regular files inside the root', () => {
  for (const [path, [message]] of Object.entries(PLANTED)) {
    it(`refuses ${path} at its path with “${message.slice(0, 20)}…”`, () => {
      const line = issues.find((l) => l.startsWith(`${path}:`));
      expect(line).toBeDefined();
      expect(line!.startsWith(`${path}:1:1: ${message}`), line).toBe(true);
    });
  }

  it('reports nothing else about files: README.md and hidden files are allowed', () => {
    expect(issues.filter((l) => !Object.keys(PLANTED).some((p) => l.startsWith(`${p}:`)))).toEqual([]);
  });

  it('accepts the sample tree as it is', () => {
    expect(loadPortal({ root: process.cwd(), disclosureDate: SAMPLE_DAY }).issues.map(formatIssue)).toEqual([]);
  });

  it('never opens the FIFO nor prints a byte of the linked file, and exits 1 with positions', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', '--root', root], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, DISCLOSURE_DATE: SAMPLE_DAY } });
    const out = `${r.stdout}${r.stderr}`;
    expect(r.status).toBe(1);
    expect(out).not.toContain(SECRET);
    expect(out).not.toContain('OUTSIDE-BYTES');
    expect(out).toContain(`${LIST}/pipe:1:1: 这不是普通文件`);
    expect(out).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  });
});
