import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { parseBibtex, type BibWarning, type ParseResult } from "./parse.js";
import { toBibEntry, type BibEntry } from "./entry.js";
import { sortEntries } from "./group.js";

/** Reads `.bib` files and returns their entries newest first, with warnings for what could not be read; `categories`: the site's `publication_category` keys. */
export function loadBibliography(files: readonly string[], root: string, categories: readonly string[] = []): { entries: BibEntry[]; warnings: BibWarning[] } {
  const entries: BibEntry[] = [];
  const warnings: BibWarning[] = [];
  const keys = new Map<string, BibEntry>();
  for (const file of files) {
    const shown = relative(root, file) || file;
    const result = parseCached(readFileSync(file, "utf8"), shown);
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

/** Parsed files by name and text: `lectern serve` re-parses a .bib file only when it changed (the parser is slow to start). */
const cache = new Map<string, ParseResult>();
const CACHE_SIZE = 32;

function parseCached(text: string, file: string): ParseResult {
  const key = `${file}\0${text}`;
  let result = cache.get(key);
  if (!result) {
    result = parseBibtex(text, file);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(key, result);
  }
  return result;
}
