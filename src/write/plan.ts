import { posix, resolve, sep } from "node:path";
import { LecternError } from "../errors/index.js";

/** One file the build writes: rendered text or a copy of a source file. */
export interface OutputEntry {
  /** Path relative to the destination. */
  destRel: string;
  /** What produced it, for messages (`_pages/about.md`). */
  from: string;
  /** Rendered text, or bytes a plugin made (a PDF). */
  content?: string | Uint8Array;
  /** Absolute path of a file to copy. */
  copyFrom?: string;
}

/** A conflict: several sources write the same output path (the last one wins, as in Jekyll). */
export interface Collision {
  destRel: string;
  sources: string[];
}

/** An output path whose `..` would leave the destination (a `%2e%2e` permalink), and where it is written instead. */
export interface Escape {
  from: string;
  destRel: string;
  written: string;
}

/**
 * Jekyll's in_dest_dir (PathManager.sanitized_path): `..` segments are resolved as if the destination were
 * the root of the file system, so no output path leaves it (`/../../a.html` is written as `a.html`).
 */
export function insideDestination(destRel: string): string {
  return posix.resolve("/", destRel.replace(/\\/g, "/")).replace(/^\/+/, "");
}

/** Orders outputs as Jekyll writes them and finds collisions and paths that would leave the destination. */
export function planOutputs(
  entries: OutputEntry[],
  destination: string,
): { outputs: Map<string, OutputEntry>; collisions: Collision[]; escapes: Escape[] } {
  const outputs = new Map<string, OutputEntry>();
  const sources = new Map<string, string[]>();
  const escapes: Escape[] = [];
  const root = resolve(destination);
  for (let e of entries) {
    if (e.destRel.split(/[\\/]/).includes("..")) {
      const written = insideDestination(e.destRel);
      // `a/../b` stays inside and Jekyll says nothing; only a path that would leave is reported.
      if (posix.normalize(e.destRel.replace(/\\/g, "/")).startsWith("../"))
        escapes.push({ from: e.from, destRel: e.destRel, written });
      e = { ...e, destRel: written };
    }
    const abs = resolve(root, e.destRel);
    if (!(abs === root || abs.startsWith(root + sep)) || e.destRel.split(/[\\/]/).includes("..")) {
      throw new LecternError(`output path '${e.destRel}' is outside the destination`, {
        topic: "Permalink",
        file: e.from,
      });
    }
    const key = abs.slice(root.length + 1);
    const seen = sources.get(key);
    if (seen) seen.push(e.from);
    else sources.set(key, [e.from]);
    outputs.delete(key);
    outputs.set(key, { ...e, destRel: key });
  }
  const collisions = [...sources.entries()]
    .filter(([, s]) => s.length > 1)
    .map(([destRel, s]) => ({ destRel, sources: s }));
  return { outputs, collisions, escapes };
}
