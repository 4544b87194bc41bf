/**
 * Fuzz test of the file checks (src/lib/load/files.ts and the loaders that list and read files):
 * 10,000 small data roots, each a random tree of content/ and data/ folders holding files with
 * right, near-miss and odd names (spaces, CJK, copies, .xlsx, .yaml, hidden), symbolic links
 * (to a file outside the root, to a folder, dangling, looping, to themselves) and FIFOs, with
 * random short contents. Each goes through the whole validation (loadPortal).
 * Invariants: validation never throws and never blocks (a FIFO is never opened); every problem
 * is in a file of the tree (or a required file that is missing), inside its lines; no byte of
 * the file outside the root appears in any message.
 * FIFOs come from a pool made with one `mkfifo` call and are moved in and out of the trees, so
 * that 10,000 cases do not start 10,000 processes. Seeded: FUZZ_SEED and FUZZ_CASES override.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPortal } from '../../src/lib/load/index.ts';
import { mulberry32, randomTools } from '../../scripts/lib/random.ts';
import { SAMPLE_DAY } from '../../scripts/lib/sample-day.ts';

const SEED = Number(process.env['FUZZ_SEED'] ?? 20261201);
const CASES = Number(process.env['FUZZ_CASES'] ?? 10_000);

// Many small trees: in memory where the system offers it (/dev/shm), else in the temp folder.
const base = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'fuzz-files-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
const SECRET = 'SECRET-OUTSIDE-ROOT-字节';
const outside = join(base, 'outside.csv');
writeFileSync(outside, `id,name\n${SECRET},${SECRET}\n`);
const pool = join(base, 'fifos');
mkdirSync(pool);
const FIFOS = Array.from({ length: 8 }, (_, i) => join(pool, `f${i}`));
if (spawnSync('mkfifo', FIFOS).status !== 0) throw new Error('mkfifo failed');

const FOLDERS = ['content', 'content/areas', 'content/cases', 'content/cases/2021', 'content/cases/20x1', 'content/notices', 'content/drafts', 'data', 'data/lists', 'data/lists/demo', 'data/lists/Demo List', 'data/lists/名单', 'data/progress', 'data/scores', 'data/exam-cheating', 'data/poverty-relief', 'data/extra'];
const NAMES = ['entries.csv', 'meta.yml', 'meta.yaml', 'entries 副本.csv', 'entries.xlsx', 'notes.txt', 'README.md', '.gitkeep', 'units.csv', 'dataset.yml', 'exam-cheating.csv', 'figures.csv', '2019-06.csv', '2019-13.csv', '01-telecom-fraud.mdx', 'x.md', 'case-2021-01.mdx', '12345.mdx', '2019-07-26-progress-bulletin.mdx', 'Case 名.mdx', 'a'.repeat(200) + '.csv', 'line\nbreak.csv', 'entries.csv~', 'ENTRIES.CSV'];
const CONTENTS = ['', 'id,name\n1,x\n', '---\ntitle: 标题\n---\n\n正文\n', '---\ntitle: !!js/function x\n---\n', 'title: 名单\nkind: blacklist\n', '\u0000\u0001binary', '<script>alert(1)</script>', '---\n---\n{1+1}\n'];

describe(`fuzzed file trees (${CASES} cases, seed ${SEED})`, () => {
  it('never crash or block, report problems inside the tree, and never print a byte from outside', () => {
    const r = mulberry32(SEED);
    const { int, pick } = randomTools(r);
    let links = 0;
    let fifos = 0;
    for (let n = 0; n < CASES; n++) {
      const root = join(base, `c${n}`);
      mkdirSync(root);
      const made: string[] = [];
      const moved: [string, string][] = [];
      for (let i = int(1, 8); i > 0; i--) {
        const dir = join(root, pick(FOLDERS));
        mkdirSync(dir, { recursive: true });
        const path = join(dir, pick(NAMES));
        try {
          lstatSync(path);
          continue; // already planted
        } catch {
          // free: plant something
        }
        const k = int(0, 9);
        if (k < 5) writeFileSync(path, pick(CONTENTS));
        else if (k < 8) {
          symlinkSync(pick([outside, dir, join(root, 'nowhere'), path, `${path}.loop`, '../../../../../../etc/passwd']), path);
          links++;
        } else if (k < 9 && moved.length < FIFOS.length) {
          const fifo = FIFOS[moved.length]!;
          renameSync(fifo, path);
          moved.push([path, fifo]);
          fifos++;
        } else mkdirSync(path);
        made.push(path);
      }
      let issues;
      try {
        issues = loadPortal({ root, disclosureDate: SAMPLE_DAY }).issues;
      } catch (e) {
        throw new Error(`case ${n}: validation threw ${String(e)}\n${made.join('\n')}`);
      }
      // Plain checks (not expect) per problem: 10,000 trees must stay fast.
      const fail = (why: string) => {
        throw new Error(`case ${n}: ${why}\n${made.join('\n')}`);
      };
      const linesOf = new Map<string, string[]>();
      for (const i of issues) {
        const text = `${i.file}:${i.line}:${i.column}: ${i.message}`;
        if (text.includes(SECRET)) fail(`bytes from outside the root printed: ${text}`);
        let st;
        try {
          st = lstatSync(join(root, i.file));
        } catch {
          st = undefined;
        }
        if (!st) {
          // A required file that is missing (and what its absence leaves empty).
          if (!/^data\/(city\.yml|dataset\.yml|units\.csv|lists\/[^/]+\/(meta\.yml|entries\.csv)|(exam-cheating|poverty-relief)\/(meta\.yml|figures\.csv))$/.test(i.file)) fail(`problem in a file that is not in the tree: ${text}`);
          continue;
        }
        if (st.isFile()) {
          let lines = linesOf.get(i.file);
          if (!lines) linesOf.set(i.file, (lines = readFileSync(join(root, i.file), 'utf8').replace(/^\uFEFF/, '').split(/\r\n?|\n/)));
          if (!(i.line >= 1 && i.line <= lines.length && i.column >= 1 && i.column <= lines[i.line - 1]!.length + 1)) fail(`position outside the file: ${text}`);
        } else if (i.line !== 1 || i.column !== 1) fail(`position in a folder, link or FIFO other than 1:1: ${text}`);
      }
      for (const [path, fifo] of moved) renameSync(path, fifo);
      rmSync(root, { recursive: true, force: true });
    }
    expect(links).toBeGreaterThan(CASES / 2);
    expect(fifos).toBeGreaterThan(CASES / 10);
  }, 300_000);
});
