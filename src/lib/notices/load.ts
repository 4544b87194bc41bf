/**
 * Loads the front matter of the office's bulletins, `content/notices/<yyyy-mm-dd>-<slug>.mdx`.
 * The notice id (and URL `/notices/<id>/`) is the file name without `.mdx`; it is permanent.
 * Bodies are rendered by the `notices` content collection (src/content.config.ts).
 */
import { join } from 'node:path';
import { NOTICE_FILE, noticeSchema, type Notice } from '../../schemas/notice.ts';
import type { Unit } from '../../schemas/unit.ts';
import type { AreaRecord } from '../areas/load.ts';
import { check, listDir, readFrontMatter, rel, yamlPlacer, type LoadContext } from '../load/context.ts';

export interface NoticeRecord extends Notice {
  /** File name without extension, e.g. `2019-07-26-progress-bulletin`; the URL segment. */
  id: string;
}

/**
 * @param caseIds ids of the typical cases (content/cases) a notice's `cases` may name; undefined
 * skips that check (a caller that loads no cases).
 */
export function loadNotices(ctx: LoadContext, units: Map<string, Unit>, areas: Map<string, AreaRecord>, progressMonths: Set<string>, caseIds?: Set<string>): NoticeRecord[] {
  const dir = join(ctx.root, 'content', 'notices');
  const notices: NoticeRecord[] = [];
  for (const name of listDir(dir, /\.mdx?$/).filter((n) => n !== 'README.md')) {
    const path = join(dir, name);
    const file = rel(ctx, path);
    const fm = readFrontMatter(ctx, path);
    const m = NOTICE_FILE.exec(name);
    if (!m) {
      ctx.issues.push({ file, line: 1, column: 1, key: 'file', message: `文件名“${name}”不对：应写作 发布日期-英文标识.mdx，例如 2019-07-26-progress-bulletin.mdx（标识只用小写英文字母、数字和连字符）` });
    }
    const notice = check(ctx, file, noticeSchema, fm.data, yamlPlacer(fm));
    if (!notice) continue;
    let ok = true;
    if (m && notice.date !== m[1]) {
      ctx.issues.push({ file, ...fm.locate(['date']), key: 'date', message: `发布日期 ${notice.date} 与文件名开头的日期 ${m[1]} 不一致` });
      ok = false;
    }
    notice.areas.forEach((a, i) => {
      if (!areas.has(a)) {
        ctx.issues.push({ file, ...fm.locate(['areas', i]), key: 'areas', message: `领域“${a}”不存在（应为 content/areas 中某个领域的网址标识，例如 telecom-fraud）` });
        ok = false;
      }
    });
    notice.units.forEach((u, i) => {
      if (!units.has(u)) {
        ctx.issues.push({ file, ...fm.locate(['units', i]), key: 'units', message: `单位“${u}”不在 data/units.csv 中` });
        ok = false;
      }
    });
    notice.months.forEach((mo, i) => {
      if (!progressMonths.has(mo)) {
        ctx.issues.push({ file, ...fm.locate(['months', i]), key: 'months', message: `月份 ${mo} 没有进展报送文件 data/progress/${mo}.csv` });
        ok = false;
      }
    });
    if (caseIds) {
      notice.cases.forEach((c, i) => {
        if (!caseIds.has(c)) {
          ctx.issues.push({ file, ...fm.locate(['cases', i]), key: 'cases', message: `典型案例“${c}”不存在（应为 content/cases 中某个案例的文件名，不带 .mdx，例如 fake-drugs-2019-01）` });
          ok = false;
        }
      });
    }
    if (ok && m) notices.push({ ...notice, id: name.replace(/\.mdx?$/, '') });
  }
  // Newest first: the order of the bulletin list and the feed.
  return notices.sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id));
}
