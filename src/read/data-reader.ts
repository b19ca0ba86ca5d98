import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, extname, basename, relative } from "node:path";
import { createRequire } from "node:module";
import type { parse as CsvParse } from "csv-parse/sync";
import { parseYaml } from "../ruby/yaml.js";
import { LecternError } from "../errors/index.js";
import type { EntryFilter } from "./entry-filter.js";

/** csv-parse (10 modules) is loaded by the first CSV/TSV data file, not by every build. */
const parseCsv: typeof CsvParse = (...args: Parameters<typeof CsvParse>) =>
  (createRequire(import.meta.url)("csv-parse/sync") as { parse: typeof CsvParse }).parse(...args);

/** Jekyll's DataReader#sanitize_filename: data keys drop punctuation and use underscores for spaces. */
function sanitizeName(name: string): string {
  return name.replace(/[^\w\s-]+|(?<=^|\b\s)\s+(?=$|\s?\b)/g, "").replace(/\s+/g, "_");
}

/** Reads `_data` (YAML, JSON, CSV, TSV; nested folders become nested hashes) as Jekyll's DataReader does. */
export function readData(
  source: string,
  dir: string,
  filter: EntryFilter,
  onFile?: (abs: string) => void,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const entry of dataEntries(dir)) {
    const abs = join(dir, entry);
    if (filter.symlinkOutside(abs)) continue;
    const st = statSync(abs, { throwIfNoEntry: false });
    if (!st) continue;
    const key = sanitizeName(st.isDirectory() ? entry : basename(entry, extname(entry)));
    if (st.isDirectory()) {
      out[key] = readData(source, abs, filter, onFile);
      continue;
    }
    const value = readDataFile(abs, relative(source, abs));
    if (value !== undefined) {
      onFile?.(abs);
      out[key] = value;
    }
  }
  return out;
}

const DATA_EXTS = [".yaml", ".yml", ".json", ".csv", ".tsv"];

/**
 * A data folder's entries in Jekyll's order (`Dir["*.{yaml,yml,json,csv,tsv}"]` then the folders): files
 * by extension in that order, each group sorted, then folders sorted. Hidden names are not globbed.
 */
function dataEntries(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => !n.startsWith("."))
      .sort();
  } catch {
    return [];
  }
  const files = DATA_EXTS.flatMap((ext) => names.filter((n) => n.endsWith(ext)));
  const dirs = names.filter((n) => statSync(join(dir, n), { throwIfNoEntry: false })?.isDirectory());
  return [...new Set([...files, ...dirs])];
}

/** One data file's value, undefined for unsupported extensions. */
export function readDataFile(abs: string, shown: string): unknown {
  const ext = extname(abs).toLowerCase();
  if (![".yml", ".yaml", ".json", ".csv", ".tsv"].includes(ext)) return undefined;
  return parseDataText(readFileSync(abs, "utf8"), ext, shown);
}

/** A data file's text read by its extension (`.csv`, `.tsv`, else YAML) as Jekyll's DataReader reads it. */
export function parseDataText(text: string, ext: string, shown: string): unknown {
  text = text.replace(/^\uFEFF/, "");
  if (ext === ".csv" || ext === ".tsv") {
    try {
      return parseCsv(text, {
        columns: true,
        delimiter: ext === ".tsv" ? "\t" : ",",
        skip_empty_lines: false,
        relax_column_count: true,
        relax_quotes: ext === ".tsv",
      }) as unknown;
    } catch (e) {
      const err = e as { lines?: number; message: string };
      throw new LecternError(`invalid ${ext.slice(1).toUpperCase()}: ${err.message}`, {
        topic: "Data",
        file: shown,
        line: err.lines,
        source: text,
        cause: e,
      });
    }
  }
  // Jekyll reads JSON data with its YAML parser (YAML is a superset), so trailing commas pass.
  try {
    return parseYaml(text, shown, 0, text);
  } catch (e) {
    if (e instanceof LecternError)
      throw new LecternError(e.message, {
        topic: "Data",
        file: e.file,
        line: e.line,
        column: e.column,
        source: text,
        cause: e,
      });
    throw e;
  }
}
