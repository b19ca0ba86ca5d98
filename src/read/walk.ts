import { readdirSync } from "node:fs";
import { join, relative } from "node:path";

/** Every file (and, with `dirs`, folder) below `dir`, as paths relative to `base` with forward slashes. */
export function readdirRecursive(base: string, dir: string, dirs = false): string[] {
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
      } else out.push(relative(base, full).split("\\").join("/"));
    }
  };
  visit(dir);
  return out;
}
