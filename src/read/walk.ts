import { readdirSync } from "node:fs";
import { join, relative } from "node:path";

/**
 * Every file (and, with `dirs`, folder) below `dir`, as paths relative to `base` with forward slashes.
 * `links`, when given, receives the listed paths that are (or may be) symbolic links.
 */
export function readdirRecursive(base: string, dir: string, dirs = false, links?: Set<string>): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const full = join(d, e.name);
      if (e.isDirectory()) {
        if (dirs) out.push(relative(base, full).split("\\").join("/"));
        visit(full);
      } else {
        const rel = relative(base, full).split("\\").join("/");
        out.push(rel);
        if (links && !e.isFile()) links.add(rel);
      }
    }
  };
  visit(dir);
  return out;
}
