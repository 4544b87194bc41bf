/**
 * Validation problems in the forms that git hosts show beside the changed lines:
 * - GitHub (and Gitea/Forgejo) Actions: one `::error file=…,line=…,col=…,title=…::message`
 *   workflow command per problem, printed on standard output;
 * - GitLab: a Code Quality report (a JSON array) that the job keeps as
 *   `artifacts: reports: codequality:`; the merge request lists each problem at its line.
 */
import { createHash } from 'node:crypto';
import type { Issue } from '../../src/lib/issues.ts';

/**
 * Escaping of a workflow command's message, as the Actions runner decodes it: `%` first, so
 * that an escape written by us is not read as one of the data's own percent signs.
 */
export function escapeCommandData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value also ends at `,` (next property) and `:` (the `::` before the message). */
export function escapeCommandProperty(s: string): string {
  return escapeCommandData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** The annotation's heading: what kind of problem, named by its key as in the text output. */
export function issueTitle(issue: Issue): string {
  return `数据校验未通过 (${issue.key})`;
}

/** One `::error` workflow command for a problem. */
export function githubCommand(issue: Issue): string {
  const props = [
    ['file', issue.file],
    ['line', String(issue.line)],
    ['col', String(issue.column)],
    ['title', issueTitle(issue)],
  ]
    .map(([k, v]) => `${k}=${escapeCommandProperty(v!)}`)
    .join(',');
  return `::error ${props}::${escapeCommandData(`${issue.message} (${issue.key})`)}`;
}

/** A problem that belongs to no file (e.g. a bad environment variable). */
export function githubPlainError(title: string, message: string): string {
  return `::error title=${escapeCommandProperty(title)}::${escapeCommandData(message)}`;
}

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number } };
}

/**
 * The GitLab Code Quality report. GitLab compares the fingerprints of the merge request's report
 * with the target branch's, so a fingerprint must be the same for the same problem in both and
 * unique within a report (GitLab shows only the first of equal fingerprints). It is a hash of
 * the file, key and message and of the problem's rank among equal ones in that file, not of the
 * line: a row added above a problem must not make it look new.
 */
export function gitlabReport(issues: readonly Issue[]): CodeQualityIssue[] {
  const seen = new Map<string, number>();
  return issues.map((i) => {
    const base = [i.file, i.key, i.message].join('\u0000');
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return {
      // The position is in the text too: the widget lists the description and the file, and
      // editors read positions as `line:column` everywhere else.
      description: `${i.line}:${i.column}: ${i.message} (${i.key})`,
      check_name: i.key,
      fingerprint: createHash('sha256').update(`${base}\u0000${n}`).digest('hex').slice(0, 32),
      // Every validation problem stops the build and the publication.
      severity: 'blocker',
      location: { path: i.file, lines: { begin: i.line } },
    };
  });
}
