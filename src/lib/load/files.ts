/**
 * Which files the portal reads, and how it looks at them. Data and content are read only from
 * regular files inside the data root: a symbolic link (wherever it points, dangling or a loop),
 * a FIFO, a device or a socket is reported with its path and never opened or followed. Every
 * look is an lstat (opening a FIFO would block; following a link could print a file from
 * outside the root). A file in a data or content folder that the portal does not read is an
 * error that says what the editor probably meant, so that nothing an editor edits is silently
 * ignored. README.md files and names starting with a dot (.gitkeep, .DS_Store) are left alone.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Issue } from '../issues.ts';

export type FileKind = 'file' | 'dir' | 'missing' | 'special';

/** What is at `path`, without following a symbolic link: a link is `special`. */
export function kindOf(path: string): FileKind {
  let st;
  try {
    st = lstatSync(path);
  } catch {
    return 'missing';
  }
  if (st.isFile()) return 'file';
  if (st.isDirectory()) return 'dir';
  return 'special';
}

export const isRegularFile = (path: string) => kindOf(path) === 'file';

/** Names in a directory (sorted, dot-names left out); none when it cannot be read. */
export function namesIn(dir: string): string[] {
  if (kindOf(dir) !== 'dir') return [];
  try {
    return readdirSync(dir).filter((n) => !n.startsWith('.')).sort();
  } catch {
    return [];
  }
}

/** Real subdirectories of `dir` (a link to a directory is not one). */
export const subdirs = (dir: string) => namesIn(dir).filter((n) => kindOf(join(dir, n)) === 'dir');

/** Regular files of `dir` whose names match `pattern`. */
export const regularFiles = (dir: string, pattern: RegExp) => namesIn(dir).filter((n) => pattern.test(n) && kindOf(join(dir, n)) === 'file');

const SPREADSHEET = /\.(xlsx|xlsm|xls|et|ods|numbers|wps)$/i;

/**
 * What a folder may hold. `files`: names read here (or a pattern whose loader reports a wrong
 * name itself); `dirs`: subfolders and the rule for each; `expect`: how to name what belongs
 * here, for messages.
 */
interface Layout {
  files: (string | RegExp)[];
  dirs?: { name: string | RegExp; layout: Layout }[];
  expect: string[];
}

const MONTHS: Layout = { files: [/\.csv$/i], expect: ['YYYY-MM.csv（例如 2019-06.csv）'] };
const FIGURES: Layout = { files: ['meta.yml', 'figures.csv'], expect: ['meta.yml', 'figures.csv'] };
const LIST: Layout = { files: ['meta.yml', 'entries.csv'], expect: ['meta.yml', 'entries.csv'] };
const DATA: Layout = {
  files: ['city.yml', 'dataset.yml', 'units.csv'],
  dirs: [
    { name: 'exam-cheating', layout: FIGURES },
    { name: 'poverty-relief', layout: FIGURES },
    // Folder names are list ids; the list loader reports a name that is not a slug.
    { name: 'lists', layout: { files: [], dirs: [{ name: /.*/, layout: LIST }], expect: ['名单文件夹（每个名单一个文件夹，内有 meta.yml 和 entries.csv）'] } },
    { name: 'progress', layout: MONTHS },
    { name: 'scores', layout: MONTHS },
  ],
  expect: ['city.yml', 'dataset.yml', 'units.csv', 'exam-cheating/', 'poverty-relief/', 'lists/', 'progress/', 'scores/'],
};
/** .md beside .mdx is reported by the loaders (wrong extension), so it is "read" here. */
const MDX_FOLDER: Layout = { files: [/\.mdx?$/i], expect: ['*.mdx'] };
const CONTENT: Layout = {
  files: [],
  dirs: [
    { name: 'areas', layout: MDX_FOLDER },
    { name: 'notices', layout: MDX_FOLDER },
    { name: 'plan', layout: MDX_FOLDER },
    // Year folders; the case loader reports a folder that is not a year and a case file outside one.
    { name: 'cases', layout: { files: [/\.mdx?$/i], dirs: [{ name: /.*/, layout: MDX_FOLDER }], expect: ['年份文件夹，例如 2021/'] } },
  ],
  expect: ['areas/', 'cases/', 'notices/', 'plan/'],
};

const matches = (name: string, p: string | RegExp) => (typeof p === 'string' ? name === p : p.test(name));
const stem = (name: string) => name.replace(/\.[^.]*$/, '').toLowerCase();

/** What the editor probably meant by a file the portal does not read. */
function strayFileMessage(name: string, layout: Layout): string {
  const named = layout.files.filter((f): f is string => typeof f === 'string');
  const csv = named.filter((f) => f.endsWith('.csv'));
  if (SPREADSHEET.test(name)) {
    const target = csv.length ? csv.join(' 或 ') : layout.expect.find((e) => e.includes('.csv')) ?? 'CSV 文件';
    return `“${name}”是表格软件的文件，网站不读取：请在表格软件中“另存为”→“CSV UTF-8（逗号分隔）”，保存为 ${target}`;
  }
  const sameStem = named.find((f) => stem(f) === stem(name));
  if (sameStem) return `文件名“${name}”不对：应命名为 ${sameStem}，否则不会被读取`;
  const similar = named.find((f) => name.toLowerCase().includes(stem(f)));
  if (similar) return `文件“${name}”不会被读取：是不是想改 ${similar}？副本和旧版本请删除（修改记录由 git 保存）`;
  return `文件“${name}”不会被读取：这里只能放 ${layout.expect.join('、')}（和说明文件 README.md），请删除或移走`;
}

/**
 * Walks `content/` and the data directory, reporting every link, special file and stray file.
 * Returns the regular files the portal may read (for the checks that scan every file).
 */
export function checkFileTree(root: string, dataDir: string, rel: (path: string) => string): { issues: Issue[]; files: string[] } {
  const issues: Issue[] = [];
  const files: string[] = [];
  const report = (path: string, message: string) => issues.push({ file: rel(path), line: 1, column: 1, key: 'file', message });

  const visit = (dir: string, layout: Layout) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      report(dir, '无法读取这个文件夹（权限不足？）');
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      const kind = kindOf(path);
      if (kind === 'special') {
        report(path, specialMessage(path));
      } else if (kind === 'dir') {
        const sub = layout.dirs?.find((d) => matches(name, d.name));
        if (sub) visit(path, sub.layout);
        else report(path, `文件夹“${name}”不会被读取：这里只能放 ${layout.expect.join('、')}，请删除或移走`);
      } else if (kind === 'file') {
        if (name === 'README.md') continue;
        if (layout.files.some((f) => matches(name, f))) files.push(path);
        else report(path, strayFileMessage(name, layout));
      }
    }
  };

  for (const [top, layout] of [[join(root, 'content'), CONTENT], [dataDir, DATA]] as const) {
    const kind = kindOf(top);
    // The data directory may be given as a path elsewhere (benchmarks); content/ and data/ in the root may not be links.
    if (kind === 'special' && (top !== dataDir || dataDir === join(root, 'data'))) report(top, specialMessage(top));
    else if (kind === 'dir' || kind === 'special') visit(top, layout);
  }
  return { issues, files };
}

function specialMessage(path: string): string {
  let link = false;
  try {
    link = lstatSync(path).isSymbolicLink();
  } catch {
    // gone meanwhile: still not a regular file
  }
  return link
    ? '这是一个符号链接（快捷方式），不会被读取：数据和内容只能是仓库中的普通文件，请换成文件本身'
    : '这不是普通文件（管道、设备或套接字），不会被读取：请删除';
}
