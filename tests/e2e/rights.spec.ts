/**
 * Citizens' rights on the built site: every active entry says how its subject objects and
 * applies for credit repair, with the issuing unit's own contacts; lists whose rules forbid early
 * repair say so; every page links to the city's credit website; lists published nationally link
 * to the national platform. Expectations come from units.csv, meta.yml and city.yml read with
 * papaparse and yaml, not from the portal's loaders.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { csvRows, ON, sourceLists, yamlFile } from './source.ts';
import { expectNoSeriousAxe } from './helpers.ts';
import { atDisclosureDate } from '../../scripts/lib/chromium.ts';

test.beforeEach(({ page }) => atDisclosureDate(page));

const DIST = resolve(process.env['OUT_DIR'] ?? 'dist');
const lists = sourceLists(ON);
const units = new Map(csvRows('units.csv').map((u) => [u['id']!, u]));
const city = yamlFile<{ credit_site: { name: string; url: string }; credit_repair: { url: string } }>('city.yml');
type Meta = { repair: { allowed: boolean; earliest?: string }; national_source?: { name: string; url: string } };
const metaOf = (id: string) => yamlFile<Meta>(join('lists', id, 'meta.yml'));

/** The <section data-repair> of a built entry page. */
function repairSection(listId: string, entryId: string): string {
  const html = readFileSync(join(DIST, 'lists', listId, entryId, 'index.html'), 'utf8');
  return /<section[^>]*data-repair[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
}

/** Every HTML file of the build. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? htmlFiles(p) : n.endsWith('.html') ? [p] : [];
  });
}

test.describe('objection and credit repair', () => {
  test('every active entry page names its issuing unit with that unit’s telephone or online service, and links to the guide', () => {
    let checked = 0;
    for (const list of lists) {
      for (const row of list.active) {
        const where = `${list.id}/${row['id']}`;
        const section = repairSection(list.id, row['id']!);
        expect(section, where).toContain('异议与信用修复');
        const unit = units.get(row['authority']!)!;
        expect(section, where).toContain(unit['name']!);
        expect(unit['telephone'] || unit['online_service'], `${row['authority']} has a contact`).toBeTruthy();
        if (unit['telephone']) expect(section, where).toContain(`>${unit['telephone']}</a>`);
        if (unit['online_service']) expect(section, where).toContain(`href="${unit['online_service']}"`);
        expect(section, where).toMatch(/href="[^"]*\/credit-repair\/"/);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  test('a list whose rules forbid early repair says so on each entry; the others give the first day to apply', () => {
    const forbidding = lists.filter((l) => !metaOf(l.id).repair.allowed);
    expect(forbidding.length).toBeGreaterThan(0);
    for (const list of lists) {
      const rules = metaOf(list.id).repair;
      for (const row of list.active.slice(0, 5)) {
        const section = repairSection(list.id, row['id']!);
        const where = `${list.id}/${row['id']}`;
        expect(section.includes('依法不能提前修复'), where).toBe(!rules.allowed);
        if (rules.allowed) expect(section, where).toContain(`href="${city.credit_repair.url}"`);
        if (rules.allowed && rules.earliest) {
          // listed_on + earliest, computed here: years or months later, the day clamped to the month's end.
          const [y, m, d] = row['listed_on']!.split('-').map(Number) as [number, number, number];
          const n = Number(rules.earliest.slice(0, -1)) * (rules.earliest.endsWith('y') ? 12 : 1);
          const ty = y + Math.floor((m - 1 + n) / 12);
          const tm = ((m - 1 + n) % 12) + 1;
          const day = Math.min(d, new Date(Date.UTC(ty, tm, 0)).getUTCDate());
          expect(section, where).toContain(`data-repair-earliest="${ty}-${String(tm).padStart(2, '0')}-${String(day).padStart(2, '0')}"`);
        }
      }
    }
  });

  test('the guide lists every list with its conditions and says which cannot be repaired early', async ({ page }) => {
    await page.goto('credit-repair/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('信用修复');
    for (const list of lists) {
      const item = page.locator(`[data-repair-list="${list.id}"]`);
      await expect(item).toContainText(list.title);
      await expect(item).toHaveAttribute('data-repair-allowed', String(metaOf(list.id).repair.allowed));
      if (!metaOf(list.id).repair.allowed) await expect(item).toContainText('依法不能提前修复');
    }
    await expectNoSeriousAxe(page);
  });
});

test.describe('where the law publishes', () => {
  test('every page links to the city’s credit website', () => {
    const files = htmlFiles(DIST);
    expect(files.length).toBeGreaterThan(500);
    const missing = files.filter((f) => !readFileSync(f, 'utf8').includes(`href="${city.credit_site.url}"`));
    expect(missing.slice(0, 5)).toEqual([]);
  });

  test('a list published by a national platform links to it and says the national source prevails', async ({ page }) => {
    const national = lists.filter((l) => metaOf(l.id).national_source);
    expect(national.length).toBeGreaterThan(0);
    for (const list of lists) {
      await page.goto(`lists/${list.id}/`);
      const source = metaOf(list.id).national_source;
      const row = page.locator('[data-national-source]');
      if (!source) {
        await expect(row).toHaveCount(0);
        continue;
      }
      await expect(row.locator(`a[href="${source.url}"]`)).toContainText(source.name);
      await expect(row).toContainText('以国家平台为准');
    }
  });
});
