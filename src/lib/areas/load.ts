import { basename, join } from 'node:path';
import { areaSchema, type Area } from '../../schemas/area.ts';
import { check, listDir, readFrontMatter, rel, yamlPlacer, type LoadContext } from '../load/context.ts';
import type { Unit } from '../../schemas/unit.ts';
import type { City } from '../../schemas/city.ts';

export interface AreaRecord extends Area {
  /** Content collection id (file name without extension), e.g. `01-telecom-fraud`. */
  file: string;
}

/** Loads the front matter of `content/areas/<NN>-<slug>.mdx`. */
export function loadAreas(ctx: LoadContext, units: Map<string, Unit>, city: City): Map<string, AreaRecord> {
  const general = city.general_channel;
  const dir = join(ctx.root, 'content', 'areas');
  const areas = new Map<string, AreaRecord>();
  for (const name of listDir(dir, /\.mdx?$/)) {
    const path = join(dir, name);
    const file = rel(ctx, path);
    const fm = readFrontMatter(ctx, path);
    const area = check(ctx, file, areaSchema, fm.data, yamlPlacer(fm));
    if (!area) {
      // Its problem is reported in this file; references to the area elsewhere are not reported again.
      const raw = (fm.data ?? {}) as Record<string, unknown>;
      const slug = typeof raw['slug'] === 'string' ? raw['slug'] : basename(name).replace(/\.mdx?$/, '').replace(/^\d+-/, '');
      (ctx.badAreaSlugs ??= new Set()).add(slug);
      continue;
    }
    const expected = `${String(area.number).padStart(2, '0')}-${area.slug}`;
    const stem = basename(name).replace(/\.mdx?$/, '');
    if (stem !== expected) {
      ctx.issues.push({ file, line: 1, column: 1, key: 'file', message: `文件名应为“${expected}.mdx”（序号两位 + 网址标识），实为“${name}”` });
    }
    if (areas.has(area.slug)) {
      ctx.issues.push({ file, ...fm.locate(['slug']), key: 'slug', message: `领域网址标识“${area.slug}”与其他领域重复` });
      continue;
    }
    area.units.forEach((u, i) => {
      if (!units.has(u)) ctx.issues.push({ file, ...fm.locate(['units', i]), key: 'units', message: `责任单位“${u}”不在 data/units.csv 中` });
    });
    // A fallback channel is the city's general one (data/city.yml), written the same way everywhere.
    area.channels.forEach((c, i) => {
      if (c.scope !== 'fallback' || !general.name) return;
      for (const key of ['name', 'hotline', 'url', 'operator'] as const) {
        if (c[key] !== general[key]) ctx.issues.push({ file, ...fm.locate(['channels', i, key]), key: `channels.${key}`, message: `综合渠道（scope: fallback）的 ${key} 应与 data/city.yml 的 general_channel 一致：“${general[key]}”，实为“${c[key]}”` });
      }
    });
    areas.set(area.slug, { ...area, file: stem });
  }
  const numbers = [...areas.values()].map((a) => a.number);
  numbers.forEach((n, i) => {
    if (numbers.indexOf(n) !== i) {
      const a = [...areas.values()][i]!;
      ctx.issues.push({ file: `content/areas/${a.file}.mdx`, line: 1, column: 1, key: 'number', message: `领域序号 ${n} 重复` });
    }
  });
  return new Map([...areas.entries()].sort((a, b) => a[1].number - b[1].number));
}
