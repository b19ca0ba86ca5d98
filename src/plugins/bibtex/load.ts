import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { isDeepStrictEqual } from "node:util";
import type { BibWarning, ParseResult } from "./parse.js";
import { toBibEntry, type BibEntry } from "./entry.js";
import { sortEntries } from "./group.js";
import { hashOf, lecternVersion, packageVersion, type DiskCache } from "../../cache/index.js";

/**
 * Reads `.bib` files and returns their entries newest first, with warnings for what could not be read; `categories`: the
 * site's `publication_category` keys. With the site's `cache`, a file parsed by an earlier build is not parsed again
 * (nor is the parser loaded when every file was).
 */
export async function loadBibliography(
  files: readonly string[],
  root: string,
  categories: readonly string[] = [],
  cache?: DiskCache,
): Promise<{ entries: BibEntry[]; warnings: BibWarning[] }> {
  const entries: BibEntry[] = [];
  const warnings: BibWarning[] = [];
  const keys = new Map<string, BibEntry>();
  for (const file of files) {
    const shown = relative(root, file) || file;
    const result = await parseCached(readFileSync(file, "utf8"), shown, cache);
    warnings.push(...result.warnings);
    for (const p of result.entries) {
      const e = toBibEntry(p, categories);
      const earlier = keys.get(e.key);
      if (earlier) {
        warnings.push({
          message: `duplicate key '${e.key}' (first defined in ${earlier.file}:${earlier.line}); this entry is skipped`,
          file: shown,
          line: p.line,
        });
        continue;
      }
      keys.set(e.key, e);
      entries.push(e);
    }
  }
  return { entries: sortEntries(entries), warnings };
}

/** Parsed files by name and text: `lectern serve` re-parses a .bib file only when it changed (the parser is slow to start). */
const memory = new Map<string, ParseResult>();
const MEMORY_SIZE = 32;
const BUCKET = "bibtex";
let parsedByParser = 0;

/** How many files this process has handed to the parser (files found in memory or in the disk cache are not counted). */
export function bibtexFilesParsed(): number {
  return parsedByParser;
}

/** A file's parse: from memory, else from the disk cache, else from the parser (loaded on first need). */
async function parseCached(text: string, file: string, cache?: DiskCache): Promise<ParseResult> {
  const memoKey = `${file}\0${text}`;
  const known = memory.get(memoKey);
  if (known) return known;
  const diskKey = cache?.enabled
    ? hashOf("bibtex", lecternVersion(), packageVersion("@retorquere/bibtex-parser"), file, text)
    : undefined;
  let result = diskKey ? cache!.get(BUCKET, diskKey, isParseResult) : undefined;
  if (!result) {
    const { parseBibtex } = await import("./parse.js");
    result = parseBibtex(text, file);
    parsedByParser++;
    // Only what survives JSON unchanged is stored, so a cached parse is exactly the parser's.
    if (diskKey && isDeepStrictEqual(JSON.parse(JSON.stringify(result)), result)) cache!.set(BUCKET, diskKey, result);
  }
  if (memory.size >= MEMORY_SIZE) memory.delete(memory.keys().next().value!);
  memory.set(memoKey, result);
  return result;
}

function isParseResult(v: unknown): v is ParseResult {
  if (typeof v !== "object" || v === null) return false;
  const r = v as Partial<ParseResult>;
  return (
    Array.isArray(r.warnings) &&
    r.warnings.every(
      (w) => typeof w === "object" && w !== null && typeof w.message === "string" && typeof w.file === "string",
    ) &&
    Array.isArray(r.entries) &&
    r.entries.every(
      (e) =>
        typeof e === "object" &&
        e !== null &&
        typeof e.type === "string" &&
        typeof e.key === "string" &&
        typeof e.fields === "object" &&
        e.fields !== null &&
        typeof e.raw === "object" &&
        e.raw !== null &&
        typeof e.file === "string" &&
        typeof e.line === "number",
    )
  );
}
