import { readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

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

/** Lectern's own version (its package.json). */
export function lecternVersion(): string {
  let v = versions.get("\0lectern");
  if (v === undefined) {
    v = versionAbove(dirname(fileURLToPath(import.meta.url)), "lectern");
    versions.set("\0lectern", v);
  }
  return v;
}

/** Size and modification time of the code files (module URLs) a cached result depends on; "-" for one that is missing (a bundle). */
export function codeStamp(...urls: Array<string | URL>): string {
  return urls
    .map((u) => {
      try {
        const st = statSync(fileURLToPath(u));
        return `${st.size}@${Math.round(st.mtimeMs)}`;
      } catch {
        return "-";
      }
    })
    .join(",");
}
