import { resolve, sep } from "node:path";
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

/** Orders outputs as Jekyll writes them and finds collisions and paths that leave the destination. */
export function planOutputs(
  entries: OutputEntry[],
  destination: string,
): { outputs: Map<string, OutputEntry>; collisions: Collision[] } {
  const outputs = new Map<string, OutputEntry>();
  const sources = new Map<string, string[]>();
  const root = resolve(destination);
  for (const e of entries) {
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
  return { outputs, collisions };
}
