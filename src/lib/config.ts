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

/** Root of the repository's data and content (overridable for benchmarks and fixtures). */
export function dataRoot(env: NodeJS.ProcessEnv = process.env): string {
  return env['PORTAL_DATA_ROOT']?.trim() || process.cwd();
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}
