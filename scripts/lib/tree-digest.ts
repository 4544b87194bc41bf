import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A fingerprint of a directory tree: every path under it (sorted), its kind, and the bytes of
 * each file or the target of each link. Two trees have the same fingerprint exactly when they
 * hold the same names with the same bytes. `null` when the directory does not exist.
 */
export function treeDigest(dir: string): string | null {
  if (!existsSync(dir)) return null;
  const hash = createHash('sha256');
  const walk = (rel: string) => {
    const names = readdirSync(join(dir, rel)).sort();
    for (const name of names) {
      const path = rel ? `${rel}/${name}` : name;
      const full = join(dir, path);
      const st = lstatSync(full);
      if (st.isSymbolicLink()) hash.update(`l ${path}\0${readlinkSync(full)}\0`);
      else if (st.isDirectory()) {
        hash.update(`d ${path}\0`);
        walk(path);
      } else hash.update(`f ${path}\0${st.size}\0`).update(readFileSync(full)).update('\0');
    }
  };
  walk('');
  return hash.digest('hex');
}
