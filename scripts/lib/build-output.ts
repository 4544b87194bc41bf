/**
 * Which of Astro's output lines `npm run build` passes on (scripts/build.ts). Astro writes a line
 * per step and per written file (hundreds of thousands at city scale), and, when several pages
 * render at once, the times of files on lines of their own (` (+85ms)`). A person needs the
 * portal's own lines (validation, search index, history, images), warnings and errors; the
 * build's stage lines say how long each part took.
 */

/** Astro's `17:12:46 [tag] …` prefix. */
const ASTRO_LINE = /^\d\d:\d\d:\d\d (?:\[([^\]]+)\] )?/;

/** The line to print for one line of Astro's standard output, or null to leave it out. */
export function shownBuildLine(line: string): string | null {
  if (!line.trim()) return null;
  if (/^\s*[├└│]/.test(line)) return null; // a written file
  if (/^\s*\(\+[\d.]+m?s\)\s*$/.test(line)) return null; // a written file's time, split from it
  if (/^\s*generating static routes\s*$/.test(line)) return null;
  const astro = ASTRO_LINE.exec(line);
  if (!astro) return line; // the portal's own lines
  const tag = astro[1] ?? '';
  // Warnings and errors always; of Astro's information, only the portal's integrations' lines.
  if (tag === 'WARN' || tag === 'ERROR' || tag.startsWith('credit-portal')) return line.slice(9);
  return null;
}
