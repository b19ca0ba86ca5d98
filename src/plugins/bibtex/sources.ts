import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** The `.bib` files of a folder, in name order (none when the folder does not exist). */
export function bibFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.toLowerCase().endsWith(".bib"))
    .sort()
    .map((n) => join(dir, n));
}

/** The keys of a config's `publication_category` mapping. */
export function categoryKeys(config: Record<string, unknown>): string[] {
  const pc = config.publication_category;
  return pc && typeof pc === "object" && !Array.isArray(pc) ? Object.keys(pc) : [];
}
