/**
 * `npm run check:live -- <site-url> [--today YYYY-MM-DD] [--sample 20]`
 *
 * Checks the site the public sees (the daily job runs it after publishing): fetches
 * `status.json`, the entries whose publication stops today and a sample of those stopped
 * before (computed from this checkout's data for today), the newest cases, the home page and
 * the search index's entry files, and fails (exit 1, every problem listed in Chinese) when
 *   - the disclosure date served is not today in China time (`--today` overrides "today");
 *   - an entry past its period is served: its address must answer with the take-down notice,
 *     and a search for its name (Pagefind's own client, scripts/lib/live-search.ts) must not
 *     bring up its page;
 *   - a response lacks a security header of public/_headers, or a page does not answer 200.
 * <site-url> is the site's address, e.g. https://credit.example.gov.cn/credit/; given without a
 * path (as the pipelines pass SITE_URL), BASE_PATH from the environment is appended.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { basePath, dataRoot } from '../src/lib/config.ts';
import { loadPortal } from '../src/lib/load/index.ts';
import { openLiveSearch, type LiveSearch } from './lib/live-search.ts';
import { chinaDay } from '../src/lib/dates.ts';

const USAGE = '用法：npm run check:live -- <网站地址（不含路径时加上环境变量 BASE_PATH）> [--today YYYY-MM-DD] [--sample 20]';
const problems: string[] = [];
const problem = (m: string) => problems.push(m);

function fail(message: string): never {
  console.error(`线上检查无法进行：${message}`);
  process.exit(1);
}

/** Header name → value, from public/_headers (the policy every response must carry). */
function securityHeaders(): [string, string][] {
  return readFileSync('public/_headers', 'utf8')
    .split('\n')
    .filter((l) => /^\s+\S+:\s/.test(l))
    .map((l) => {
      const i = l.indexOf(':');
      return [l.slice(0, i).trim().toLowerCase(), l.slice(i + 1).trim()];
    });
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({ options: { today: { type: 'string' }, sample: { type: 'string', default: '20' } }, allowPositionals: true, strict: true });
  } catch (e) {
    fail(`参数有误：${(e as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) fail(`需要恰好一个网站地址。\n${USAGE}`);
  let site: URL;
  try {
    site = new URL(positionals[0]!.endsWith('/') ? positionals[0]! : `${positionals[0]}/`);
  } catch {
    fail(`"${positionals[0]}" 不是有效网址。\n${USAGE}`);
  }
  if (site.pathname === '/') site = new URL(basePath(), site);
  const today = values.today ?? chinaDay(Date.now());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) fail(`--today 应为 YYYY-MM-DD，实际是 "${today}"`);
  const sample = Number(values.sample);
  if (!Number.isInteger(sample) || sample < 0) fail(`--sample 应为非负整数，实际是 "${values.sample}"`);
  const headers = securityHeaders();

  let requests = 0;
  async function get(path: string): Promise<{ status: number; text: string } | null> {
    const url = new URL(path.replace(/^\//, ''), site);
    requests++;
    let res: Response;
    try {
      res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(20_000) });
    } catch (e) {
      problem(`${url}：无法访问（${(e as Error).cause ? String((e as Error).cause) : (e as Error).message}）`);
      return null;
    }
    for (const [name, value] of headers) {
      const got = res.headers.get(name);
      if (got === null) problem(`${url}：缺少安全响应头 ${name}`);
      else if (got !== value) problem(`${url}：安全响应头 ${name} 的值与 public/_headers 不同：${got}`);
    }
    return { status: res.status, text: await res.text() };
  }

  // 1. Which build is serving.
  const status = await get('status.json');
  if (status) {
    if (status.status !== 200) problem(`${site}status.json：应答 ${status.status}，应为 200（线上没有本版本的构建？）`);
    else {
      try {
        const s = JSON.parse(status.text) as { disclosureDate?: string; builtAt?: string; dataCommit?: string };
        if (s.disclosureDate !== today) problem(`线上构建的公示计算日期是 ${s.disclosureDate}，今天（北京时间）是 ${today}：每日构建或发布没有成功（构建时间 ${s.builtAt}，数据提交 ${s.dataCommit}）`);
      } catch {
        problem(`${site}status.json：不是有效 JSON`);
      }
    }
  }

  // 2. What must be gone: entries whose publication has stopped on or before today.
  const { portal, issues } = loadPortal({ root: dataRoot(), dataDir: process.env['PORTAL_DATA_DIR'], disclosureDate: today });
  if (issues.length) fail(`本地数据未通过校验（${issues.length} 个问题），无法计算应下线的条目；请先运行 npm run validate`);
  const stopped = [...portal.lists.values()].flatMap((l) => l.entries.filter((e) => e.status === 'expired' || e.status === 'removed').map((e) => ({ list: l.id, e })));
  stopped.sort((a, b) => b.e.stopped_on.localeCompare(a.e.stopped_on) || a.e.id.localeCompare(b.e.id));
  const dueToday = stopped.filter((x) => x.e.stopped_on === today);
  const checked = [...dueToday, ...stopped.filter((x) => x.e.stopped_on !== today).slice(0, sample)];
  for (const { list, e } of checked) {
    const path = `lists/${list}/${e.id}/`;
    const page = await get(path);
    if (!page) continue;
    if (page.status !== 200) problem(`${new URL(path, site)}：应答 ${page.status}，应为停止公示说明页（200）`);
    else if (!page.text.includes('data-stopped-on') || page.text.includes(e.subject_name)) problem(`${new URL(path, site)}：该条目自 ${e.stopped_on} 起停止公示，线上仍在显示（${list}/${e.id}）`);
  }

  // 3. The newest cases and the home page answer, with the headers.
  const cases = [...portal.cases.values()].filter((c) => c.published_on <= today).slice(0, 3);
  for (const path of ['', ...cases.map((c) => `cases/${c.id}/`)]) {
    const page = await get(path);
    if (page && page.status !== 200) problem(`${new URL(path, site)}：应答 ${page.status}，应为 200`);
  }

  // 4. Search: its entry files answer, and a search for the name of each checked entry does not
  // bring up its page (searched as the search page does, through Pagefind's own client).
  const entry = await get('pagefind/pagefind-entry.json');
  if (entry && entry.status !== 200) problem(`${site}pagefind/pagefind-entry.json：应答 ${entry.status}，搜索不可用`);
  else if (entry) {
    let search: LiveSearch | undefined;
    try {
      search = await openLiveSearch(site);
    } catch (e) {
      problem(`${site}pagefind/：搜索索引无法载入（${(e as Error).message}）`);
    }
    if (search) {
      try {
        for (const { list, e } of checked) {
          requests++;
          const page = new URL(`lists/${list}/${e.id}/`, site).pathname;
          if ((await search.urls(e.subject_name)).includes(page)) problem(`搜索数据仍列出已停止公示的条目：/lists/${list}/${e.id}/`);
        }
      } finally {
        search.close();
      }
    }
  }

  const summary = `${requests} 个请求；今天（${today}）停止公示 ${dueToday.length} 条，另抽查此前停止公示的 ${checked.length - dueToday.length} 条`;
  if (problems.length) {
    for (const p of problems) console.error(p);
    console.error(`线上检查未通过：${problems.length} 个问题（${summary}）`);
    process.exit(1);
  }
  console.log(`线上检查通过：${site}（${summary}）`);
}

try {
  await main();
} catch (e) {
  fail((e as Error).message);
}
