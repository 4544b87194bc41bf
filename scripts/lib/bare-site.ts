/**
 * The benchmark's baseline: a bare Astro project with one trivial page per CSV row, read from the
 * same generated data set as the full portal. Written into a scratch folder (never committed);
 * it uses the portal's own node_modules through a symlink, so both builds use the same Astro.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const PAGE = `---
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

export function getStaticPaths() {
  const dir = join(process.env.BARE_DATA_DIR, 'lists');
  const paths = [];
  for (const list of readdirSync(dir)) {
    const file = join(dir, list, 'entries.csv');
    if (!existsSync(file)) continue;
    const rows = Papa.parse(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;
    for (const row of rows) paths.push({ params: { list, id: row.id }, props: { name: row.subject_name } });
  }
  return paths;
}
const { name } = Astro.props;
---
<html lang="zh-CN"><head><meta charset="utf-8"><title>{name}</title></head><body><h1>{name}</h1></body></html>
`;

export function writeBareSite(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'pages', 'e', '[list]'), { recursive: true });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare-bench', private: true, type: 'module' }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({ outDir: process.env.OUT_DIR || './dist', trailingSlash: 'always', build: { format: 'directory' }, devToolbar: { enabled: false } });\n",
  );
  writeFileSync(join(dir, 'src', 'pages', 'e', '[list]', '[id].astro'), PAGE);
}
