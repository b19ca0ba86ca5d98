import { readdirSync, openSync, readSync, closeSync } from "node:fs";
import { join, resolve } from "node:path";
import { DiskCache, DEFAULT_CACHE_DIR } from "../../cache/index.js";
import { SassCache } from "./cache.js";

/** Folders where sites keep their stylesheet pages (academicpages: `assets/css/main.scss`). */
const STYLESHEET_DIRS = ["assets/css", "assets", "css", "."];

/** True when the file starts with front matter, so Jekyll renders it as a stylesheet page. */
function hasFrontMatter(path: string): boolean {
  const buf = Buffer.alloc(4);
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    return readSync(fd, buf, 0, 4, 0) >= 3 && /^---\r?\n?/.test(buf.toString("latin1"));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The stylesheet pages in the usual folders of a site (not a full read: a guess made before the build starts). */
export function likelyStylesheets(source: string): string[] {
  const found = new Set<string>();
  for (const rel of STYLESHEET_DIRS) {
    const dir = resolve(source, rel);
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names)
      if (/\.s[ac]ss$/i.test(name) && !name.startsWith("_") && hasFrontMatter(join(dir, name)))
        found.add(join(dir, name));
  }
  return [...found];
}

/**
 * Starts the Sass worker at process start when a stylesheet page will likely need compiling (no valid cached
 * compile in the default cache folder), so loading sass-embedded overlaps loading and reading the site.
 * A wrong guess costs only the idle worker, which the build disposes of; a failure here is ignored (the build
 * starts the worker itself when it needs one).
 */
export function prewarmSass(source: string, cacheDisabled: boolean): void {
  try {
    const sheets = likelyStylesheets(source);
    if (sheets.length === 0) return;
    const disk = new DiskCache(cacheDisabled ? undefined : resolve(source, DEFAULT_CACHE_DIR), () => {});
    new SassCache(disk).warmUnlessCached(sheets);
  } catch {
    // Only a head start.
  }
}
