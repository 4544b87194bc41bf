/**
 * The plan on the portal: /plan/ publishes it whole, and each area says where the public finds
 * every publication or disclosure measure the plan sets for it. Expectations are read from the
 * area files (front matter and plan text, with the yaml package) and data/city.yml.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { sourceAreas, yamlFile } from './source.ts';
import { expectNoSeriousAxe } from './helpers.ts';

const root = process.env['PORTAL_DATA_ROOT'] ?? process.cwd();

interface SourceDisclosure {
  measure: string;
  list?: string;
  dataset?: string;
  cases?: true;
  platform?: { name: string; unit: string; url?: string };
  none?: string;
}

/** Each area's disclosures and the items of its plan text, straight from the file. */
const areas = readdirSync(join(root, 'content', 'areas'))
  .filter((n) => n.endsWith('.mdx'))
  .sort()
  .map((n) => {
    const text = readFileSync(join(root, 'content', 'areas', n), 'utf8');
    const [, yamlText, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
    const fm = parse(yamlText!) as { slug: string; number: number; title: string; disclosures?: SourceDisclosure[] };
    const items = body!.split('\n').filter((l) => /^- /.test(l)).map((l) => l.slice(2).replace(/\s+/g, ''));
    return { ...fm, disclosures: fm.disclosures ?? [], items };
  });

const PUBLISHING = /公开|公示|公布|发布|曝光|名单|数据库/;

test.describe('every disclosure measure of the plan has its place', () => {
  test('each sentence of the plan that speaks of publishing is placed by a disclosure that quotes it, with exactly one place', () => {
    let placed = 0;
    for (const a of areas) {
      for (const item of a.items.filter((i) => PUBLISHING.test(i))) {
        expect(a.disclosures.some((d) => item.includes(d.measure.replace(/\s+/g, ''))), `${a.slug}: ${item}`).toBe(true);
        placed++;
      }
      for (const d of a.disclosures) {
        expect([d.list, d.dataset, d.cases, d.platform, d.none].filter((x) => x !== undefined), `${a.slug}: ${d.measure}`).toHaveLength(1);
      }
    }
    expect(placed).toBeGreaterThan(10);
  });

  for (const a of areas) {
    test(`${a.number}. ${a.title}: the area page shows each measure with where it is published`, async ({ page }) => {
      await page.goto(`areas/${a.slug}/`);
      const section = page.locator('#disclosures');
      const items = section.locator('li[data-disclosure]');
      await expect(items).toHaveCount(a.disclosures.length);
      if (!a.disclosures.length) await expect(section).toContainText('没有要求本领域公开');
      for (const [i, d] of a.disclosures.entries()) {
        const li = items.nth(i);
        await expect(li).toContainText(d.measure);
        if (d.list) await expect(li.locator(`a[href$="/lists/${d.list}/"]`)).toHaveCount(1);
        if (d.cases) await expect(li.locator(`a[href$="/cases/area/${a.slug}/"]`)).toHaveCount(1);
        if (d.dataset) await expect(li.locator('a')).toHaveCount(1);
        if (d.platform) {
          await expect(li).toContainText(d.platform.name);
          if (d.platform.url) await expect(li.locator(`a[href="${d.platform.url}"]`)).toHaveCount(1);
        }
        if (d.none) await expect(li).toContainText('不是公开事项');
      }
      // The area's part of the plan, linked from its page.
      await expect(page.locator(`a[data-plan-link][href$="/plan/#area-${a.number}"]`)).toHaveCount(1);
    });
  }
});

test.describe('/plan/', () => {
  const city = yamlFile<{ plan: { title: string; issuer: string; issued_on: string } }>('city.yml');
  const parts = readdirSync(join(root, 'content', 'plan'))
    .filter((n) => n.endsWith('.mdx'))
    .map((n) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(root, 'content', 'plan', n), 'utf8'))![1]!) as { order: number; heading?: string });

  test('publishes the plan whole: title, issuer, date, every part, and every area’s section linking to its page', async ({ page }) => {
    await page.goto('plan/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(city.plan.title);
    const source = page.locator('[data-plan-source]');
    await expect(source).toContainText(city.plan.issuer);
    await expect(source.locator('time')).toHaveAttribute('datetime', String(city.plan.issued_on).slice(0, 10));
    for (const heading of parts.flatMap((x) => (x.heading ? [x.heading] : []))) await expect(page.getByRole('heading', { level: 2, name: heading })).toHaveCount(1);
    const sources = sourceAreas();
    await expect(page.locator('[data-plan-area]')).toHaveCount(sources.length);
    for (const a of sources) {
      const section = page.locator(`#area-${a.number}`);
      await expect(section.getByRole('heading', { level: 3 })).toContainText(a.title);
      await expect(section.locator(`a[href$="/areas/${a.slug}/"]`)).toHaveCount(1);
    }
    await expectNoSeriousAxe(page);
  });
});
