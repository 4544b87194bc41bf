/**
 * The parts of the city's plan that are not areas (`content/plan/*.mdx`: the opening paragraph,
 * 一、指导思想, 三、工作要求), checked like every other content file. Optional: without the folder
 * the /plan/ page shows the plan's title, issuer, date and its areas (二、) only.
 */
import { join } from 'node:path';
import { planPartSchema, type PlanPart } from '../../schemas/plan.ts';
import { check, listDir, readFrontMatter, rel, yamlPlacer, type LoadContext } from '../load/context.ts';
import { kindOf } from '../load/files.ts';

export interface PlanPartRecord extends PlanPart {
  /** Content collection id: the file name without `.mdx`. */
  id: string;
}

/** Loads content/plan/ in the plan's order. */
export function loadPlanParts(ctx: LoadContext): PlanPartRecord[] {
  const dir = join(ctx.root, 'content', 'plan');
  if (kindOf(dir) !== 'dir') return [];
  const parts: PlanPartRecord[] = [];
  const seen = new Map<number, string>();
  for (const name of listDir(dir, /\.mdx?$/)) {
    const path = join(dir, name);
    const file = rel(ctx, path);
    const fm = readFrontMatter(ctx, path);
    const part = check(ctx, file, planPartSchema, fm.data, yamlPlacer(fm));
    if (!part) continue;
    const other = seen.get(part.order);
    if (other) {
      ctx.issues.push({ file, ...fm.locate(['order']), key: 'order', message: `序号 ${part.order} 与 ${other} 重复：每个部分一个序号` });
      continue;
    }
    if (part.order === 2) {
      ctx.issues.push({ file, ...fm.locate(['order']), key: 'order', message: '序号 2（二、重点治理工作）由 content/areas 中的各领域组成，这里不能再用' });
      continue;
    }
    seen.set(part.order, name);
    parts.push({ ...part, id: name.replace(/\.mdx?$/, '') });
  }
  return parts.sort((a, b) => a.order - b.order);
}
