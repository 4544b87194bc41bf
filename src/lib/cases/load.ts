import { join } from 'node:path';
import { caseId, caseSchema, type Case } from '../../schemas/case.ts';
import type { Unit } from '../../schemas/unit.ts';
import { check, readFrontMatter, rel, yamlPlacer, type LoadContext } from '../load/context.ts';
import type { AreaRecord } from '../areas/load.ts';
import type { ListRecord } from '../lists/load.ts';
import { kindOf, namesIn } from '../load/files.ts';
import { mdxPlainText } from '../mdx-text.ts';

export interface CaseRecord extends Case {
  /** File name without .mdx: permanent, the page's address /cases/<id>/. */
  id: string;
  /** Path from the repository root, e.g. content/cases/2021/wage-arrears-2021-01.mdx. */
  file: string;
  /** Content collection id (path under content/cases without extension), e.g. 2021/wage-arrears-2021-01. */
  entry: string;
  /** The narrative's plain text (src/lib/mdx-text.ts), for full-text search. */
  text: string;
}

/**
 * Loads `content/cases/<yyyy>/<case-id>.mdx`: checks each file's front matter, its place
 * (folder = year published), and every cross-reference (area, units, list entries).
 * Returns the valid cases, newest first.
 */
export function loadCases(
  ctx: LoadContext,
  units: Map<string, Unit>,
  areas: Map<string, AreaRecord>,
  lists: Map<string, ListRecord>,
): Map<string, CaseRecord> {
  const dir = join(ctx.root, 'content', 'cases');
  const cases = new Map<string, CaseRecord>();
  // Entry ids per list, built only for lists that cases refer to.
  const entryIds = new Map<string, Set<string>>();
  const idsOf = (list: ListRecord) => {
    let s = entryIds.get(list.id);
    if (!s) entryIds.set(list.id, (s = new Set(list.entries.map((e) => e.id))));
    return s;
  };

  // lstat only: links and special files are reported by files.ts and never followed or opened.
  for (const folder of namesIn(dir)) {
    const folderPath = join(dir, folder);
    const kind = kindOf(folderPath);
    if (kind === 'special') continue;
    if (kind !== 'dir') {
      if (/\.mdx?$/.test(folder)) {
        ctx.issues.push({ file: rel(ctx, folderPath), line: 1, column: 1, key: 'file', message: '案例文件应放在以发布年份命名的文件夹中，例如 content/cases/2021/' });
      }
      continue;
    }
    if (!/^\d{4}$/.test(folder)) {
      ctx.issues.push({ file: rel(ctx, folderPath), line: 1, column: 1, key: 'file', message: `文件夹名“${folder}”应为四位年份，例如 2021` });
      continue;
    }
    for (const name of namesIn(folderPath)) {
      const path = join(folderPath, name);
      const file = rel(ctx, path);
      if (kindOf(path) !== 'file') continue;
      if (!/\.mdx$/.test(name)) {
        if (/\.md$/.test(name)) ctx.issues.push({ file, line: 1, column: 1, key: 'file', message: '案例文件的扩展名应为 .mdx' });
        continue;
      }
      const id = name.replace(/\.mdx$/, '');
      const idCheck = caseId.safeParse(id);
      if (!idCheck.success) {
        for (const i of idCheck.error.issues) ctx.issues.push({ file, line: 1, column: 1, key: 'file', message: i.message });
      }
      const fm = readFrontMatter(ctx, path);
      const data = check(ctx, file, caseSchema, fm.data, yamlPlacer(fm));
      if (!data) continue;
      const at = (p: PropertyKey[], key: string, message: string) => ctx.issues.push({ file, ...fm.locate(p), key, message });

      if (data.published_on.slice(0, 4) !== folder) {
        at(['published_on'], 'published_on', `发布日期 ${data.published_on} 与所在文件夹 ${folder} 不符：案例应放在发布年份的文件夹 content/cases/${data.published_on.slice(0, 4)}/ 中`);
      }
      const dup = cases.get(id);
      if (dup) {
        at([], 'file', `案例编号“${id}”与 ${dup.file} 重复：文件名在所有年份中必须唯一，且永不重复使用`);
        continue;
      }
      if (!areas.has(data.area)) at(['area'], 'area', `领域“${data.area}”不存在（应为 content/areas 中某个领域的网址标识，例如 wage-arrears）`);
      data.authorities.forEach((u, i) => {
        if (!units.has(u)) at(['authorities', i], 'authorities', `作出决定的部门“${u}”不在 data/units.csv 中`);
      });
      data.joint_authorities.forEach((u, i) => {
        if (!units.has(u)) at(['joint_authorities', i], 'joint_authorities', `联合惩戒部门“${u}”不在 data/units.csv 中`);
      });
      data.subjects.forEach((s, i) => {
        if (!s.ref) return;
        const [listId, entryId] = s.ref.split('/') as [string, string];
        const list = lists.get(listId);
        if (!list) at(['subjects', i, 'ref'], 'subjects.ref', `名单条目引用“${s.ref}”无法找到：名单“${listId}”不存在（应为 data/lists 下的文件夹名）`);
        else if (!idsOf(list).has(entryId)) at(['subjects', i, 'ref'], 'subjects.ref', `名单条目引用“${s.ref}”无法找到：名单“${listId}”中没有编号为“${entryId}”的条目`);
      });
      cases.set(id, { ...data, id, file, entry: `${folder}/${id}`, text: mdxPlainText(fm.body) });
    }
  }
  return new Map([...cases.entries()].sort(([, a], [, b]) => compareNewestFirst(a, b)));
}

/** Newest publication first; same day: by id, for a stable order. */
export function compareNewestFirst(a: { published_on: string; id: string }, b: { published_on: string; id: string }): number {
  return b.published_on.localeCompare(a.published_on) || a.id.localeCompare(b.id);
}
