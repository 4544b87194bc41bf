/**
 * Astro integration that reports the social images after a build:
 * `og images: 3 rendered, 77 reused` (an unchanged rebuild renders 0), or that SKIP_OG skipped them,
 * and warns about any card with characters the font cannot draw.
 */
import type { AstroIntegration } from 'astro';
import { ogEnabled } from './cards.ts';
import { ogStats, resetOgStats } from './stats.ts';

export function ogReport(): AstroIntegration {
  return {
    name: 'credit-portal:og-report',
    hooks: {
      'astro:build:start': () => {
        resetOgStats();
      },
      'astro:build:done': ({ logger }) => {
        if (!ogEnabled()) {
          logger.info('og images: skipped (SKIP_OG=1)');
          return;
        }
        const s = ogStats();
        for (const m of s.missing) logger.warn(`社交图片 ${m.card} 中有字体缺少的字：${m.chars.join(' ')}（图片上会显示为空白；请改写标题或扩充 src/assets/fonts 的字符集）`);
        logger.info(`og images: ${s.rendered} rendered, ${s.reused} reused`);
      },
    },
  };
}
