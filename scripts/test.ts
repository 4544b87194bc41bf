/**
 * `npm test`: everything, in order — types, unit tests, data validation, the pipeline files
 * (actionlint, and GitLab's validate job run by gitlab-ci-local), a production build
 * under a sub-path, checks on the built files (links, privacy), end-to-end tests in Chromium
 * against that build, the published site served by real nginx (scripts/test-deploy.ts), then the
 * same for a build whose text fields are all hostile payloads
 * (scripts/test-hostile.ts).
 * The disclosure date is pinned (DISCLOSURE_DATE, default 2026-11-27, the sample data's
 * reference day) so that results do not change with the calendar. The build is served under
 * BASE_PATH=/portal/ to prove that every link respects the base path.
 */
import { SAMPLE_DAY } from './lib/sample-day.ts';
import { step, StepFailed } from './lib/steps.ts';

const env = {
  ...process.env,
  DISCLOSURE_DATE: process.env['DISCLOSURE_DATE'] ?? SAMPLE_DAY,
  BASE_PATH: process.env['BASE_PATH'] ?? '/portal/',
  SITE_URL: process.env['SITE_URL'] ?? 'https://credit.example.org',
};

const steps: [string, string[]][] = [
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

let passed = 0;
try {
  for (const [name, args] of steps) {
    step(name, ['npm', ...args], env, 1);
    passed++;
  }
} catch (e) {
  if (!(e instanceof StepFailed)) throw e;
  console.log(`steps: ${passed} passed, 1 failed`);
  process.exit(e.code);
}
// The plain closing line CI reads: one line per step of the test command.
console.log(`steps: ${passed} passed, 0 failed`);
