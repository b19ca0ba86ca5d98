import { readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { packageVersion as ownVersion } from "../package-files.js";

/** Bumped when what the cache stores changes shape; entries of another format are ignored. */
export const CACHE_FORMAT = "lectern-cache-1";

const versions = new Map<string, string>();

/** The version in the package.json of the package `name`, found by walking up from `start`; "?" when none. */
function versionAbove(start: string, name: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: string; version?: string };
      if (pkg.name === name) return String(pkg.version);
    } catch {
      // no package.json here
    }
    if (dirname(dir) === dir) return "?";
  }
}

/** An installed package's version, without loading it (sass-embedded takes ~150 ms to import); "?" when it cannot be found. */
export function packageVersion(name: string): string {
  let v = versions.get(name);
  if (v === undefined) {
    try {
      v = versionAbove(dirname(fileURLToPath(import.meta.resolve(name))), name);
    } catch {
      v = "?";
    }
    versions.set(name, v);
  }
  return v;
}

/**
 * Lectern's own version (its package.json) with the size and time of this compiled module's file: tsc and the bundler
 * rewrite every file they emit, so a rebuilt checkout of the same version invalidates the cache as a new release does.
 */
export function lecternVersion(): string {
  let v = versions.get("\0lectern");
  if (v === undefined) {
    const here = fileURLToPath(import.meta.url);
    let stamp = "?";
    try {
      const st = statSync(here);
      stamp = `${st.size}@${Math.round(st.mtimeMs)}`;
    } catch {
      // not a file (cannot happen for a module loaded from disk)
    }
    v = `${ownVersion()}+${stamp}`;
    versions.set("\0lectern", v);
  }
  return v;
}
