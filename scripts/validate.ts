/**
 * `npm run validate`: checks every data and content file with the schemas the build uses,
 * prints every problem as `path:line:column: 中文说明 (key)`, and exits 1 if there is any.
 * Options: --root DIR (repository root), --data DIR (data directory), --format text|github|gitlab
 * (how problems are shown; see scripts/lib/run-validation.ts), --output FILE (the GitLab report),
 * env DISCLOSURE_DATE.
 */
import { runValidation } from './lib/run-validation.ts';

process.exitCode = runValidation(process.argv.slice(2));
