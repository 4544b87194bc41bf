// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { resolve } from 'node:path';
import { ogReport } from './src/lib/og/integration.ts';
import { portalPipeline } from './src/integrations/portal.ts';
import { sitemapFilter } from './src/lib/sitemap-filter.ts';
import { astroCacheDir, claimContentCache } from './src/lib/astro-cache.ts';
import { basePath, buildConcurrency, dataRoot, isPublishBuild, publicSiteUrlProblem, siteUrl } from './src/lib/config.ts';

/**
 * Site URL and base path come from the environment so that one build can be deployed
 * under a sub-path (e.g. https://example.gov.cn/credit/). See README "Configuration".
 */
// A build for the public (PUBLISH=1: `npm run publish`, the pipelines) must not fall back to localhost.
if (isPublishBuild()) {
  const problem = publicSiteUrlProblem();
  if (problem) throw new Error(problem);
}
const site = siteUrl();
const base = basePath();

try {
  new URL(site);
} catch {
  throw new Error(`环境变量 SITE_URL 的值 "${site}" 不是有效网址 (SITE_URL)`);
}

const outDir = process.env.OUT_DIR || './dist';

// A content cache written for another checkout or data directory holds paths that point nowhere.
const cacheDir = astroCacheDir();
const claim = claimContentCache(cacheDir, { project: process.cwd(), data: resolve(dataRoot()) });
if (claim.dropped) {
  const from = claim.previous ? `为 ${claim.previous.project} 所写` : '来源未记录';
  console.warn(`内容缓存 ${cacheDir} ${from}，已清除后重建。`);
}

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir,
  cacheDir,
  // Pages render from data already in memory; what a page waits for is the disk. Several pages
  // in flight keep the processor busy while earlier ones are written (see README "Benchmarks").
  build: { format: 'directory', concurrency: buildConcurrency() },
  integrations: [
    mdx(),
    // sitemap-index.xml + sitemap-0.xml; pages marked noindex (take-down notices) are left out.
    sitemap({ filter: sitemapFilter(resolve(outDir), new URL(base, site).href) }),
    // Prints "og images: N rendered, M reused" after the build (src/pages/og/).
    ogReport(),
    // Validates the data once before anything renders; after the pages (and after the sitemap
    // above), writes the sitemap.xml alias and the search index (src/integrations/portal.ts).
    portalPipeline(),
  ],
  devToolbar: { enabled: false },
  vite: {
    // Large data sets: keep the server bundle small; data is read from disk at build time.
    // assetsInlineLimit 0: never inline scripts, so a Content-Security-Policy without
    // 'unsafe-inline' scripts works (see public/_headers).
    build: {
      chunkSizeWarningLimit: 2000,
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro marks every MDX module with a "use astro:head-inject" directive that the bundler
        // says it may drop; Astro handles it itself, so the warning (one per MDX file) is noise.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
