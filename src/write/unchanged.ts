import { link, lstat } from "node:fs/promises";
import type { Stats } from "node:fs";

/**
 * Reuse of the previous output: a static file the build would copy unchanged is hard-linked from the
 * old destination into the new one instead of being copied again. A link leaves the old file where it
 * is, so a build that fails before the swap still leaves the previous output whole.
 */

/** The old output file's stats, when it is a plain file only the old output holds (one link). */
export async function previousFile(old: string | undefined): Promise<Stats | undefined> {
  if (!old) return undefined;
  try {
    const st = await lstat(old);
    return st.isFile() && st.nlink === 1 ? st : undefined;
  } catch {
    return undefined;
  }
}

/**
 * True when a copy of `source` is already at `old`: same size and modification time (a copy takes the
 * source's time, as Jekyll's StaticFile#write sets it; within a millisecond, the precision a copy keeps),
 * and the source was last changed well before that copy was made, so that a change after it shows as a
 * new time even on a file system that keeps times to the second or two.
 */
export function sameCopy(oldStat: Stats, source: Stats): boolean {
  return (
    oldStat.size === source.size &&
    Math.abs(oldStat.mtimeMs - source.mtimeMs) < 1 &&
    source.mtimeMs < oldStat.ctimeMs - SETTLED_MS
  );
}

/** How long before a copy its source must have last changed for the copy to be reused. */
const SETTLED_MS = 3000;

/** Hard-links `old` to `target`; false when the file system refuses (then the caller writes it). */
export async function linkPrevious(old: string, target: string): Promise<boolean> {
  try {
    await link(old, target);
    return true;
  } catch {
    return false;
  }
}
