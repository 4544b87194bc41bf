/**
 * Validation problems, collected rather than thrown, so that an editor sees every problem
 * in every file at once. Printed as `path:line:column: 中文说明 (key)`.
 */

export interface Issue {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column, counted in characters. */
  column: number;
  /** Chinese explanation for an editor. */
  message: string;
  /** The column key / front-matter field / check the problem is about. */
  key: string;
}

export function formatIssue(issue: Issue): string {
  return `${issue.file}:${issue.line}:${issue.column}: ${issue.message} (${issue.key})`;
}

export function sortIssues(issues: Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.key.localeCompare(b.key),
  );
}

/** Thrown by loaders used inside Astro when data is invalid; carries every issue. */
export class DataError extends Error {
  override name = 'DataError';
  constructor(public readonly issues: Issue[]) {
    super(`数据校验未通过，共 ${issues.length} 个问题：\n` + sortIssues(issues).map(formatIssue).join('\n'));
  }
}

/** Maps character offsets in a text to 1-based line and column. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  at(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}
