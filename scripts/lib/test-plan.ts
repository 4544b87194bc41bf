/**
 * What `npm test` runs (scripts/test.ts), and with which settings. The test build goes to a
 * scratch directory of its own (scripts/lib/scratch-dirs.ts), never to dist/: a site that
 * `npm start` or `npm run serve` is serving from dist/ keeps its files while the tests run.
 */
import { SAMPLE_DAY } from './sample-day.ts';
import { scratchDir } from './scratch-dirs.ts';

/** The test build's output directory, one per checkout (outside the project). */
export const testOutDir = (project = process.cwd()): string => scratchDir('test-build', project);

/**
 * The environment of every step: the pinned disclosure date, the sub-path `/portal/`, a public
 * address, and the test build's own output directory (OUT_DIR is read by the build, check:site,
 * the end-to-end tests' server and their specs).
 */
export function testEnv(env: NodeJS.ProcessEnv = process.env, project = process.cwd()): NodeJS.ProcessEnv {
  return {
    ...env,
    DISCLOSURE_DATE: env['DISCLOSURE_DATE'] ?? SAMPLE_DAY,
    BASE_PATH: env['BASE_PATH'] ?? '/portal/',
    SITE_URL: env['SITE_URL'] ?? 'https://credit.example.org',
    OUT_DIR: testOutDir(project),
  };
}

/** The steps, in order: a name for the log, and the npm arguments. */
export const TEST_STEPS: readonly (readonly [string, readonly string[]])[] = [
  ['类型检查', ['run', 'check']],
  ['单元测试', ['run', 'test:unit']],
  ['数据校验', ['run', 'validate']],
  ['流水线检查', ['run', 'test:pipelines']],
  ['构建', ['run', 'build']],
  ['构建结果检查', ['run', 'check:site']],
  ['端到端测试', ['run', 'test:e2e']],
  ['部署测试（nginx）', ['run', 'test:deploy']],
  ['恶意输入测试', ['run', 'test:hostile']],
];
