/**
 * The build's log, written for an editor: one line per stage, and a progress line on long
 * stages when the output is a terminal. Each stage also gives a machine-readable line that the
 * benchmark reads (scripts/bench.ts):  [stage] <name> <ms> ms [<n> files]
 */
import { appendFileSync } from 'node:fs';

/** Prints the stage line; also appended to the file BUILD_STAGES_FILE names, if set. */
export function stage(name: string, ms: number, files?: number): void {
  const line = `[stage] ${name} ${Math.round(ms)} ms${files === undefined ? '' : ` ${files} files`}`;
  console.log(line);
  if (process.env['BUILD_STAGES_FILE']) appendFileSync(process.env['BUILD_STAGES_FILE'], line + '\n');
}

/** `[stage] validate 1234 ms` → ['validate', 1234]. */
export function parseStage(line: string): [string, number, number | undefined] | null {
  const m = /^\[stage\] (\S+) (\d+) ms(?: (\d+) files)?/.exec(line);
  return m ? [m[1]!, Number(m[2]), m[3] ? Number(m[3]) : undefined] : null;
}
