/**
 * Fuzz test of list validation: 10,000 CSVs mutated from
 * a real list's entries.csv — truncated rows, stray quotes, wrong column counts, binary bytes
 * (NUL, invalid UTF-8), 100 KB cells, BOMs in the middle, CRLF/LF/CR mixes, empty files,
 * header-only files, duplicated headers, GBK re-encoding, invisible and bidirectional characters,
 * ID numbers written full-width, split or in 15 digits, cells around the cell limit, ids that
 * differ only by case, one USCC under two names — go through the same path as
 * `npm run validate` for one list (src/lib/lists/load.ts validateListFile, plus the privacy scan).
 * Seeded: a failure prints the case number and its mutations; FUZZ_SEED and FUZZ_CASES override.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue, type Issue } from '../../src/lib/issues.ts';
import { check, readYaml, rel, yamlPlacer, type LoadContext } from '../../src/lib/load/context.ts';
import { validateListFile, type ListFileContext } from '../../src/lib/lists/load.ts';
import { loadCity } from '../../src/lib/load/city.ts';
import { loadUnits } from '../../src/lib/load/units.ts';
import { scanForResidentIds } from '../../src/lib/privacy.ts';
import { CSV_READER_REFUSES, scanForInvisible } from '../../src/lib/invisible.ts';
import { residentIdCheckChar } from '../../src/lib/identifiers.ts';
import { MAX_CELL_CHARS } from '../../src/lib/csv.ts';
import { listMetaSchema } from '../../src/schemas/list-meta.ts';
import { encodeGbk } from './gbk.ts';
import { mulberry32 as prng } from '../../scripts/lib/random.ts';
import { SAMPLE_DAY } from '../../scripts/lib/sample-day.ts';

const SEED = Number(process.env['FUZZ_SEED'] ?? 20191127);
const CASES = Number(process.env['FUZZ_CASES'] ?? 10_000);
const LIST = 'dishonest-debtors'; // persons and organisations, five extra columns incl. an enum

const root = process.cwd();
const ctx0: LoadContext = { root, dataDir: join(root, 'data'), issues: [] };
const units = loadUnits(ctx0);
const metaPath = join(ctx0.dataDir, 'lists', LIST, 'meta.yml');
const fm = readYaml(ctx0, metaPath);
const metaFile = rel(ctx0, metaPath);
const meta = check(ctx0, metaFile, listMetaSchema, fm.data, yamlPlacer(fm))!;
const metaLines = readFileSync(metaPath, 'utf8').split('\n');
const csvPath = join(ctx0.dataDir, 'lists', LIST, 'entries.csv');
const file = rel(ctx0, csvPath);
const original = readFileSync(csvPath, 'utf8');
const districts = loadCity(ctx0).districts;
const list: ListFileContext = { meta, metaFile, locate: fm.locate, units, districts, disclosureDate: SAMPLE_DAY };

const enc = new TextEncoder();
const lenient = new TextDecoder('utf-8');
const BOM = [0xef, 0xbb, 0xbf];

type Rng = () => number;

// ID numbers are built here, never written out whole in the repository.
const ID = '62010219900307601' + residentIdCheckChar('62010219900307601');
const ID_FORMS = [
  ID,
  `ID${ID}`,
  [...ID].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join(''),
  `${ID.slice(0, 6)} ${ID.slice(6, 14)} ${ID.slice(14)}`,
  `${ID.slice(0, 6)}-${ID.slice(6, 14)}-${ID.slice(14)}`,
  `${ID.slice(0, 6)}\u3000${ID.slice(6, 14)}\u00a0${ID.slice(14)}`,
  '620102850307123', // without a check character: recognised only as a whole number, so not required below
];
const INVISIBLE = ['\u202a', '\u202e', '\u2066', '\u2069', '\u200b', '\u200d', '\u2060', '\ufeff', '\u0085', '\u009b', '\u007f', '\u061c', '\u200f'];
const int = (r: Rng, n: number) => Math.floor(r() * n);
const pick = <T,>(r: Rng, xs: readonly T[]): T => xs[int(r, xs.length)]!;

/** Where each line of a text starts, as byte offsets (for byte-level mutations at line starts). */
function lineStarts(bytes: Uint8Array): number[] {
  const out = [0];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10 && i + 1 < bytes.length) out.push(i + 1);
  return out;
}

function splice(bytes: Uint8Array, at: number, remove: number, insert: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(bytes.length - remove + insert.length);
  out.set(bytes.subarray(0, at), 0);
  out.set(insert, at);
  out.set(bytes.subarray(at + remove), at + insert.length);
  return out;
}

/** Text-level edits on the lines of the file (keeps UTF-8 valid unless a later byte mutation breaks it). */
function editLines(bytes: Uint8Array, f: (lines: string[]) => string[]): Uint8Array {
  return enc.encode(f(lenient.decode(bytes).split('\n')).join('\n'));
}

const MUTATIONS: Record<string, (b: Uint8Array, r: Rng) => Uint8Array> = {
  truncate: (b, r) => b.subarray(0, int(r, b.length + 1)), // may cut a UTF-8 sequence in half
  strayQuote: (b, r) => splice(b, int(r, b.length + 1), 0, [34]),
  quoteCell: (b, r) => editLines(b, (ls) => ls.map((l) => (r() < 0.2 ? l.replace(/,([^,]*)/, ',"$1') : l))),
  dropComma: (b, r) => editLines(b, (ls) => ls.map((l) => (r() < 0.3 ? l.replace(',', '') : l))),
  extraCommas: (b, r) => editLines(b, (ls) => ls.map((l) => (r() < 0.3 ? l + ','.repeat(1 + int(r, 3)) : l))),
  nul: (b, r) => splice(b, int(r, b.length + 1), 0, [0]),
  binary: (b, r) => splice(b, int(r, b.length + 1), 0, Array.from({ length: 1 + int(r, 16) }, () => int(r, 256))),
  invalidUtf8: (b, r) => splice(b, int(r, b.length + 1), 0, [pick(r, [0x80, 0xbf, 0xc0, 0xc1, 0xf5, 0xff, 0xe4])]),
  flipByte: (b, r) => {
    const c = b.slice();
    const i = int(r, c.length);
    if (c.length) c[i] = c[i]! ^ (1 << int(r, 8));
    return c;
  },
  controlChar: (b, r) => splice(b, int(r, b.length + 1), 0, [pick(r, [1, 7, 8, 11, 12, 27, 31])]),
  hugeCell: (b, r) =>
    editLines(b, (ls) => {
      const i = 1 + int(r, Math.max(1, ls.length - 1));
      const cells = (ls[i] ?? '').split(',');
      cells[int(r, cells.length)] = (r() < 0.5 ? 'x' : '失信').repeat(r() < 0.5 ? 100_000 : 34_000); // ~100 KB
      ls[i] = cells.join(',');
      return ls;
    }),
  bomMiddle: (b, r) => {
    const starts = lineStarts(b);
    return splice(b, r() < 0.7 ? pick(r, starts) : int(r, b.length + 1), 0, BOM);
  },
  bomStart: (b) => splice(b, 0, 0, BOM),
  crlfMix: (b, r) => editLines(b, (ls) => ls.map((l) => l + (r() < 0.4 ? '\r' : ''))),
  loneCr: (b, r) => {
    const c = b.slice();
    for (let i = 0; i < c.length; i++) if (c[i] === 10 && r() < 0.3) c[i] = 13;
    return c;
  },
  empty: () => new Uint8Array(0),
  whitespaceOnly: () => enc.encode(' \n\n  \r\n'),
  headerOnly: (b) => editLines(b, (ls) => ls.slice(0, 1)),
  noHeader: (b) => editLines(b, (ls) => ls.slice(1)),
  duplicateHeader: (b, r) =>
    editLines(b, (ls) => {
      const h = ls[0]!.split(',');
      h[int(r, h.length)] = h[int(r, h.length)]!;
      ls[0] = h.join(',');
      return ls;
    }),
  emptyHeaderName: (b, r) =>
    editLines(b, (ls) => {
      const h = ls[0]!.split(',');
      h[int(r, h.length)] = '';
      ls[0] = h.join(',');
      return ls;
    }),
  unknownColumn: (b) => editLines(b, (ls) => ls.map((l, i) => (i === 0 ? l + ',备注' : l + ',x'))),
  dropLine: (b, r) => editLines(b, (ls) => (ls.splice(int(r, ls.length), 1), ls)),
  duplicateLine: (b, r) => editLines(b, (ls) => (ls.splice(int(r, ls.length), 0, ls[int(r, ls.length)]!), ls)),
  blankCell: (b, r) =>
    editLines(b, (ls) => {
      const i = 1 + int(r, Math.max(1, ls.length - 1));
      const cells = (ls[i] ?? '').split(',');
      cells[int(r, cells.length)] = '';
      ls[i] = cells.join(',');
      return ls;
    }),
  garbageCell: (b, r) =>
    editLines(b, (ls) => {
      const i = 1 + int(r, Math.max(1, ls.length - 1));
      const cells = (ls[i] ?? '').split(',');
      cells[int(r, cells.length)] = pick(r, ['2026-02-30', '19/12/2019', 'ORG', '9135052155323005XA', '620102199001011234', '<script>alert(1)</script>', '=cmd|\' /C calc\'!A0', '"', '""', '-', '0', '\u200b', '😀']);
      ls[i] = cells.join(',');
      return ls;
    }),
  invisibleChar: (b, r) =>
    editLines(b, (ls) => {
      const i = int(r, ls.length);
      const l = ls[i] ?? '';
      const at = int(r, l.length + 1);
      ls[i] = l.slice(0, at) + pick(r, INVISIBLE) + l.slice(at);
      return ls;
    }),
  idNumber: (b, r) =>
    editLines(b, (ls) => {
      const i = 1 + int(r, Math.max(1, ls.length - 1));
      const cells = (ls[i] ?? '').split(',');
      const c = int(r, cells.length);
      cells[c] = (cells[c] ?? '') + pick(r, ID_FORMS);
      ls[i] = cells.join(',');
      return ls;
    }),
  cellAtLimit: (b, r) =>
    editLines(b, (ls) => {
      const i = 1 + int(r, Math.max(1, ls.length - 1));
      const cells = (ls[i] ?? '').split(',');
      cells[int(r, cells.length)] = '长'.repeat(MAX_CELL_CHARS - 1 + int(r, 3));
      ls[i] = cells.join(',');
      return ls;
    }),
  idCaseTwin: (b, r) =>
    editLines(b, (ls) => {
      const i = 1 + int(r, Math.max(1, ls.length - 1));
      const l = ls[i] ?? '';
      ls.splice(i + 1, 0, l.replace(/^[^,]*/, (id) => (r() < 0.5 ? id.toUpperCase() : [...id].map((c) => (/[a-z]/.test(c) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0 - 32) : c)).join(''))));
      return ls;
    }),
  renamedOrg: (b, r) =>
    editLines(b, (ls) => {
      const i = 1 + int(r, Math.max(1, ls.length - 1));
      const cells = (ls[i] ?? '').split(',');
      if (cells.length > 2) {
        cells[0] = `${cells[0]}-x`;
        cells[1] = `${cells[1]}（更名）`;
      }
      ls.splice(i + 1, 0, cells.join(','));
      return ls;
    }),
  newlineInQuotes: (b, r) => editLines(b, (ls) => ls.map((l) => (r() < 0.1 ? l.replace(/,([^,]*),/, ',"$1\n续行",') : l))),
  gbk: (b) => {
    try {
      return encodeGbk(lenient.decode(b));
    } catch {
      return b; // a character GBK cannot hold (e.g. after binary mutations): leave as is
    }
  },
  utf16: (b) => {
    const s = lenient.decode(b);
    const out = new Uint8Array(2 + s.length * 2);
    out.set([0xff, 0xfe]);
    for (let i = 0; i < s.length; i++) {
      out[2 + 2 * i] = s.charCodeAt(i) & 0xff;
      out[3 + 2 * i] = s.charCodeAt(i) >> 8;
    }
    return out;
  },
};
const NAMES = Object.keys(MUTATIONS);
const RARE = new Set(['hugeCell', 'gbk', 'utf16', 'empty', 'whitespaceOnly', 'headerOnly', 'noHeader', 'bomStart']);

/** The lines of the input as validation counts them (BOM stripped, any line ending). */
function inputLines(bytes: Uint8Array): string[] {
  return lenient.decode(bytes).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
}

/** What is wrong with one issue, or null. */
function badIssue(issue: Issue, lines: string[]): string | null {
  if (!/^[^:\s]+:\d+:\d+: .+ \(.+\)$/s.test(formatIssue(issue))) return `not path:line:column: ${formatIssue(issue).slice(0, 200)}`;
  if (!/[\u4e00-\u9fff]/.test(issue.message)) return `message not in Chinese: ${issue.message}`;
  if (!Number.isInteger(issue.line) || !Number.isInteger(issue.column) || issue.line < 1 || issue.column < 1) return `bad position ${issue.line}:${issue.column}`;
  const inFile = issue.file === file ? lines : issue.file === metaFile ? metaLines : null;
  if (!inFile) return `unexpected file ${issue.file}`;
  if (issue.line > inFile.length) return `line ${issue.line} beyond the ${inFile.length} lines of ${issue.file}`;
  if (issue.column > inFile[issue.line - 1]!.length + 1) return `column ${issue.column} beyond line ${issue.line} (${inFile[issue.line - 1]!.length} chars) of ${issue.file}`;
  return null;
}

/** Runs one input through validation exactly as loadPortal does for one list. */
function validate(bytes: Uint8Array): Issue[] {
  const ctx: LoadContext = { root, dataDir: ctx0.dataDir, issues: [] };
  const text = lenient.decode(bytes).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  ctx.issues.push(...scanForResidentIds(file, text));
  ctx.issues.push(...scanForInvisible(file, text, { skip: CSV_READER_REFUSES }));
  validateListFile(ctx, list, file, bytes);
  return ctx.issues;
}

describe(`fuzzing list validation with ${CASES} mutated copies of data/lists/${LIST}/entries.csv (seed ${SEED})`, () => {
  it('accepts the unmutated file without any issue', () => {
    expect(validate(enc.encode(original)).map(formatIssue)).toEqual([]);
  });

  it('never throws, and places every issue at a real line and column of the input with a Chinese message', () => {
    const r = prng(SEED);
    // A base of the header and the first 12 rows (the list needs 10) keeps 10,000 runs fast;
    // every 25th case mutates the whole file.
    const small = enc.encode(original.split('\n').slice(0, 13).join('\n') + '\n');
    const full = enc.encode(original);
    const failures: string[] = [];
    const tally: Record<string, number> = {};
    let issues = 0;
    let refusedEncoding = 0;
    const t0 = performance.now();
    for (let n = 0; n < CASES && failures.length < 20; n++) {
      let bytes: Uint8Array = n % 25 === 0 ? full : small;
      const applied: string[] = [];
      const count = 1 + int(r, 3);
      for (let k = 0; k < count; k++) {
        let name = pick(r, NAMES);
        if (RARE.has(name) && r() < 0.7) name = pick(r, NAMES.filter((x) => !RARE.has(x)));
        applied.push(name);
        bytes = MUTATIONS[name]!(bytes, r);
      }
      for (const a of applied) tally[a] = (tally[a] ?? 0) + 1;
      const label = `case ${n} [${applied.join(' + ')}]`;
      let found: Issue[];
      try {
        found = validate(bytes);
      } catch (e) {
        failures.push(`${label}: threw ${e instanceof Error ? e.stack : String(e)}`);
        continue;
      }
      issues += found.length;
      const lines = inputLines(bytes);
      for (const issue of found) {
        const bad = badIssue(issue, lines);
        if (bad) failures.push(`${label}: ${bad}`);
      }
      // Bytes that are not text must be refused as such, never read into mojibake or skipped.
      const notText = bytes.includes(0) || lenient.decode(bytes).includes('\uFFFD');
      if (notText) {
        refusedEncoding++;
        if (!found.some((i) => i.key === 'encoding' && i.file === file)) failures.push(`${label}: binary or non-UTF-8 input not refused as such`);
      }
      if (found.length === 0 && inputLines(bytes).filter((l) => l.trim()).length < 2) failures.push(`${label}: a file without rows passed`);
      // Every planted ID number and invisible character that survives the other mutations is refused.
      if (applied.includes('idNumber') && !notText && ID_FORMS.filter((f) => f.length > 15).some((f) => lenient.decode(bytes).includes(f)) && !found.some((i) => i.key === 'privacy')) failures.push(`${label}: an ID number passed: ${ID_FORMS.filter((f) => lenient.decode(bytes).includes(f)).map((f) => JSON.stringify(lenient.decode(bytes).slice(Math.max(0, lenient.decode(bytes).indexOf(f) - 12), lenient.decode(bytes).indexOf(f) + f.length + 4))).join(' ')}`);
      if (applied.includes('invisibleChar') && !found.length) failures.push(`${label}: an invisible character passed`);
      for (const issue of found) if (issue.key === 'privacy' && issue.message.includes(ID)) failures.push(`${label}: a message shows the whole ID number`);
    }
    const seconds = (performance.now() - t0) / 1000;
    console.log(`fuzz: ${CASES} cases in ${seconds.toFixed(1)} s, ${issues} issues, ${refusedEncoding} refused as not UTF-8 text; mutations ${JSON.stringify(tally)}`);
    expect(failures, failures.join('\n')).toEqual([]);
    // Every kind of mutation was exercised.
    expect(Object.keys(tally).sort()).toEqual([...NAMES].sort());
  }, 180_000);
});
