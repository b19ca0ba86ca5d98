import { createHash } from "node:crypto";
import { statSync, writeFileSync, renameSync, copyFileSync, mkdirSync, rmSync, utimesSync } from "node:fs";
import { dirname, join, basename } from "node:path";
import type { Site } from "../site.js";
import { planOutputs } from "../write/plan.js";

/** One written output: what produced it and a fingerprint of its content (the text, or the copied file's stat). */
export interface OutputRecord {
  from: string;
  fingerprint: string;
}

/** Destination-relative path → record, for everything a site writes. */
export type OutputIndex = Map<string, OutputRecord>;

/** Fingerprints of every output of a rendered site (the same set `Site.write` writes). */
export function indexOutputs(site: Site): OutputIndex {
  const { outputs } = planOutputs(site.outputEntries(), site.destination);
  const index: OutputIndex = new Map();
  for (const [destRel, e] of outputs) {
    index.set(destRel, {
      from: e.from,
      fingerprint: e.copyFrom ? copyFingerprint(e.copyFrom) : contentFingerprint(e.content),
    });
  }
  return index;
}

/** The fingerprint of written content: the text itself, or a hash of bytes. */
export function contentFingerprint(content: string | Uint8Array | undefined): string {
  return typeof content === "string" || content === undefined
    ? "text:" + (content ?? "")
    : "bytes:" + createHash("sha256").update(content).digest("hex");
}

/** The fingerprint of a file copied as is. */
export function copyFingerprint(path: string): string {
  const st = statSync(path, { throwIfNoEntry: false });
  return `copy:${path}:${st?.mtimeMs ?? 0}:${st?.size ?? -1}`;
}

/** Destination paths that differ between two indexes (changed, added or removed), sorted. */
export function changedOutputs(before: OutputIndex, after: OutputIndex): string[] {
  const changed = new Set<string>();
  for (const [k, v] of after) if (before.get(k)?.fingerprint !== v.fingerprint) changed.add(k);
  for (const k of before.keys()) if (!after.has(k)) changed.add(k);
  return [...changed].sort();
}

/** Replaces one file of the destination: written beside it under a temporary name, then renamed over it. */
export function replaceOutput(
  destination: string,
  destRel: string,
  content: { text: string } | { copyFrom: string },
): void {
  const target = join(destination, destRel);
  mkdirSync(dirname(target), { recursive: true });
  const temp = join(dirname(target), `.${basename(target)}.lectern-tmp-${process.pid}`);
  try {
    if ("text" in content) writeFileSync(temp, content.text);
    else {
      // With the source's time, as the full build's copies (and Jekyll's) have it: the next full build can reuse the copy.
      copyFileSync(content.copyFrom, temp);
      const { mtime } = statSync(content.copyFrom);
      utimesSync(temp, mtime, mtime);
    }
    renameSync(temp, target);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

/** URL paths (with the baseurl) of destination paths, as the browser requests them. */
export function urlPaths(baseurl: string, destRels: string[]): string[] {
  return destRels.map((p) => `${baseurl}/${p.split("\\").join("/")}`);
}
