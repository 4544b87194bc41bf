/**
 * Build-time configuration read from the environment, in one place.
 * Everything here is validated so that a bad value stops the build with a clear message.
 */

/** The day on which disclosure status is computed (YYYY-MM-DD). Defaults to today (UTC+8). */
export function disclosureDate(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env['DISCLOSURE_DATE']?.trim();
  if (!raw) {
    // The portal serves a Chinese city: "today" is today in China Standard Time.
    const now = new Date(Date.now() + 8 * 3600 * 1000);
    return now.toISOString().slice(0, 10);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(Date.parse(`${raw}T00:00:00Z`)) || new Date(`${raw}T00:00:00Z`).toISOString().slice(0, 10) !== raw) {
    throw new ConfigError(`环境变量 DISCLOSURE_DATE 的值 "${raw}" 不是有效日期，应为 YYYY-MM-DD (DISCLOSURE_DATE)`);
  }
  return raw;
}

/** The site's base path from BASE_PATH, normalised to "/" or "/a/b/" (leading and trailing slash). */
export function basePath(env: NodeJS.ProcessEnv = process.env): string {
  const trimmed = (env['BASE_PATH'] ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The site's absolute address without the base path (SITE_URL, default the local server). */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env['SITE_URL']?.trim() || 'http://localhost:4321';
}

/** Root of the repository's data and content (overridable for benchmarks and fixtures). */
export function dataRoot(env: NodeJS.ProcessEnv = process.env): string {
  return env['PORTAL_DATA_ROOT']?.trim() || process.cwd();
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** True for addresses only this machine can reach: localhost, 127.0.0.0/8, ::1, 0.0.0.0. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(h) || h === '::1' || h === '0.0.0.0' || h === '::';
}

/**
 * Why SITE_URL cannot be used for a site the public will see (null: it can). A published build
 * writes SITE_URL into citations, feeds, the sitemap and social cards, so a missing or loopback
 * address would send readers to their own machine.
 */
export function publicSiteUrlProblem(env: NodeJS.ProcessEnv = process.env): string | null {
  const raw = env['SITE_URL']?.trim();
  if (!raw) return '发布用的构建必须设置环境变量 SITE_URL（网站对外的完整地址，如 https://credit.example.gov.cn），否则引用、订阅和站点地图中的地址会是 http://localhost:4321 (SITE_URL)';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return `环境变量 SITE_URL 的值 "${raw}" 不是有效网址 (SITE_URL)`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `环境变量 SITE_URL 的值 "${raw}" 应以 https:// 开头 (SITE_URL)`;
  if (isLoopbackHost(url.hostname)) return `环境变量 SITE_URL 的值 "${raw}" 指向本机（localhost/127.x/::1），不能用于发布 (SITE_URL)`;
  return null;
}

/** A build meant for the public: `npm run publish` sets PUBLISH=1; CI sets CI=true. */
export function isPublishBuild(env: NodeJS.ProcessEnv = process.env): boolean {
  return env['PUBLISH'] === '1';
}

/** Pages Astro renders at once (BUILD_CONCURRENCY, default 8): a whole number from 1 to 64. */
export function buildConcurrency(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env['BUILD_CONCURRENCY']?.trim();
  if (!raw) return 8;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 64) {
    throw new ConfigError(`环境变量 BUILD_CONCURRENCY 的值“${raw}”无效：应为 1 到 64 之间的整数（同时生成的页面数） (BUILD_CONCURRENCY)`);
  }
  return Number(raw);
}
