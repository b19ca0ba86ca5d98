import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, relative } from "node:path";
import { parseBibtex, type BibWarning } from "./parse.js";
import { toBibEntry, type BibEntry } from "./entry.js";
import { sortEntries } from "./group.js";

/** Reads `.bib` files and returns their entries newest first, with warnings for what could not be read; `categories`: the site's `publication_category` keys. */
export function loadBibliography(files: readonly string[], root: string, categories: readonly string[] = []): { entries: BibEntry[]; warnings: BibWarning[] } {
  const entries: BibEntry[] = [];
  const warnings: BibWarning[] = [];
  const keys = new Map<string, BibEntry>();
  for (const file of files) {
    const shown = relative(root, file) || file;
    const result = parseBibtex(readFileSync(file, "utf8"), shown);
    warnings.push(...result.warnings);
    for (const p of result.entries) {
      const e = toBibEntry(p, categories);
      const earlier = keys.get(e.key);
      if (earlier) {
        warnings.push({ message: `duplicate key '${e.key}' (first defined in ${earlier.file}:${earlier.line}); this entry is skipped`, file: shown, line: p.line });
        continue;
      }
      keys.set(e.key, e);
      entries.push(e);
    }
  }
  return { entries: sortEntries(entries), warnings };
}

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
