import { performance } from 'node:perf_hooks';
import { ConfigError, dataRoot, disclosureDate } from '../../src/lib/config.ts';
import { formatIssue } from '../../src/lib/issues.ts';
import { loadPortal } from '../../src/lib/load/index.ts';

function arg(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** Runs validation and prints the result; returns the exit code. Never prints a stack trace. */
export function runValidation(args: string[]): number {
  const t0 = performance.now();
  try {
    const date = disclosureDate();
    const { portal, issues, warnings } = loadPortal({ root: arg(args, '--root') ?? dataRoot(), dataDir: arg(args, '--data') ?? process.env['PORTAL_DATA_DIR'], disclosureDate: date });
    const ms = Math.round(performance.now() - t0);
    for (const w of warnings) console.warn(formatIssue(w));
    if (issues.length) {
      for (const i of issues) console.error(formatIssue(i));
      console.error(`\n校验未通过：${issues.length} 个问题，涉及 ${new Set(issues.map((i) => i.file)).size} 个文件（${ms} ms）。请按上面每行所示的文件、行、列修改后重新运行 npm run validate。`);
      return 1;
    }
    const entries = [...portal.lists.values()].reduce((n, l) => n + l.entries.length, 0);
    console.log(`校验通过：${portal.units.size} 个单位，${portal.areas.size} 个领域，${portal.lists.size} 个名单（${entries} 行），公示日期 ${date}（${ms} ms）。`);
    return 0;
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      return 1;
    }
    console.error(`校验程序自身出错（不是数据问题，请联系开发人员）：${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
}
