import { hashFile } from "../cache/index.js";
import { statSync } from "node:fs";

const HASH_LIMIT = 1 << 20;

/**
 * Remembers what each changed file looked like when it was last built, so that a late duplicate event for a save
 * already built (fs.watch often reports one write several times) does not start another build.
 */
export class FileSignatures {
  private readonly seen = new Map<string, string>();

  /** The paths whose size, time or (below 1 MB) content differ from when they were last passed here. */
  changed(paths: Iterable<string>): string[] {
    const out: string[] = [];
    for (const path of paths) {
      const sig = signature(path);
      if (this.seen.get(path) !== sig) out.push(path);
      this.seen.set(path, sig);
    }
    return out;
  }
}

function signature(path: string): string {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st) return "missing";
  if (!st.isFile()) return `dir:${st.mtimeMs}`;
  const hash = st.size < HASH_LIMIT ? (hashFile(path) ?? "unreadable") : "";
  return `${st.size}:${st.mtimeMs}:${hash}`;
}
