import { basename, join } from 'node:path';
import { areaSchema, DISCLOSURE_WORDS, type Area } from '../../schemas/area.ts';
import { check, listDir, readFrontMatter, rel, yamlPlacer, type LoadContext } from '../load/context.ts';
import type { FrontMatter } from '../frontmatter.ts';
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
    area.disclosures.forEach((d, i) => {
      if (d.platform && !units.has(d.platform.unit)) ctx.issues.push({ file, ...fm.locate(['disclosures', i, 'platform', 'unit']), key: 'disclosures.platform.unit', message: `单位“${d.platform.unit}”不在 data/units.csv 中` });
    });
    checkDisclosuresCoverPlan(ctx, file, fm, area);
    (ctx.areaFiles ??= new Map()).set(area.slug, { file, locate: fm.locate });
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

/** Text compared without spaces, so that a quote matches across line breaks and spacing. */
const squeeze = (s: string) => s.replace(/\s+/g, '');

/**
 * The plan's text (the body's list items) and the disclosures agree: each disclosure quotes the
 * plan, and each sentence of the plan that speaks of publishing (DISCLOSURE_WORDS) is placed by
 * at least one disclosure quoting part of it. Reported at the quote, or at the sentence's line.
 */
function checkDisclosuresCoverPlan(ctx: LoadContext, file: string, fm: FrontMatter, area: Area): void {
  const lines = fm.body.split('\n');
  const offset = fm.bodyLine - 1;
  const items = lines.map((text, i) => ({ text: text.replace(/^\s*[-*]\s+/, ''), line: offset + i + 1, item: /^\s*[-*]\s+/.test(text) })).filter((l) => l.item);
  const body = squeeze(items.map((l) => l.text).join(''));
  area.disclosures.forEach((d, i) => {
    if (!body.includes(squeeze(d.measure))) ctx.issues.push({ file, ...fm.locate(['disclosures', i, 'measure']), key: 'disclosures.measure', message: `公开措施“${d.measure}”不在本文件正文的实施方案原文中：请从正文中照抄这项措施的原话` });
  });
  for (const item of items) {
    const word = DISCLOSURE_WORDS.exec(item.text)?.[0];
    if (!word || area.disclosures.some((d) => squeeze(item.text).includes(squeeze(d.measure)))) continue;
    ctx.issues.push({ file, line: item.line, column: 1, key: 'disclosures', message: `实施方案的这一条提到“${word}”，请在 front matter 的 disclosures 中照抄其中的公开措施，并写明在哪里公开：list、dataset、cases、platform，或用 none 说明它不是公开事项` });
  }
}
