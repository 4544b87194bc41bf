/**
 * Where the public finds each publication or disclosure measure of the plan for an area
 * (`disclosures` in content/areas/*.mdx): a list or dataset on this portal, the area's typical
 * cases, an official platform with its unit, or a note that the words are not a disclosure.
 */
import type { Disclosure } from '../../schemas/area.ts';
import { areaPath, caseFacetPath, listPath } from '../paths.ts';
import { portal, unitName } from '../queries.ts';

export interface PlacedDisclosure {
  measure: string;
  kind: 'list' | 'dataset' | 'cases' | 'platform' | 'none';
  /** What the reader sees as the place, e.g. 《拖欠农民工工资“黑名单”》（本站名单）. */
  where: string;
  /** An address on this portal. */
  path?: string;
  /** An official platform's address (outside this portal). */
  url?: string;
  /** The unit responsible for a platform. */
  unit?: string;
}

/** The portal's datasets that are not lists: title and where the reader finds it. */
const DATASETS: Record<string, (slug: string) => { title: string; path: string }> = {
  'exam-cheating': (slug) => ({ title: portal().examCheating?.meta.title ?? '考试作弊汇总', path: areaPath(slug, 'exam-cheating') }),
  'poverty-relief': (slug) => ({ title: portal().povertyRelief?.meta.title ?? '扶贫汇总数字', path: areaPath(slug, 'poverty-relief') }),
  stats: () => ({ title: '统计数据', path: '/stats/' }),
  progress: () => ({ title: '月度工作进展', path: '/progress/' }),
};

function place(slug: string, d: Disclosure): PlacedDisclosure {
  const base = { measure: d.measure };
  if (d.list) return { ...base, kind: 'list', where: `《${portal().lists.get(d.list)?.meta.title ?? d.list}》（本站公示名单）`, path: listPath(d.list) };
  if (d.dataset) {
    const ds = DATASETS[d.dataset]?.(slug) ?? { title: d.dataset, path: '/data/' };
    return { ...base, kind: 'dataset', where: `${ds.title}（本站开放数据）`, path: ds.path };
  }
  if (d.cases) return { ...base, kind: 'cases', where: '本领域的典型案例（本站）', path: caseFacetPath('area', slug) };
  if (d.platform) return { ...base, kind: 'platform', where: d.platform.name, unit: unitName(d.platform.unit), ...(d.platform.url ? { url: d.platform.url } : {}) };
  return { ...base, kind: 'none', where: d.none ?? '' };
}

/** The area's disclosure measures, in the order written, each with its place. */
export function areaDisclosures(slug: string): PlacedDisclosure[] {
  const area = portal().areas.get(slug);
  return (area?.disclosures ?? []).map((d) => place(slug, d));
}
