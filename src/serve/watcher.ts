import { watch, type FSWatcher } from "chokidar";
import { statSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import type { ChangeKind } from "./batcher.js";

/** Folders never worth watching in a site source. */
const IGNORED_NAMES = new Set([
  ".git",
  ".hg",
  ".svn",
  "node_modules",
  ".jekyll-cache",
  ".lectern-cache",
  ".sass-cache",
  ".jekyll-metadata",
  ".bundle",
  "vendor",
  ".DS_Store",
]);

/** Editors' backup, swap, lock and safe-write files, and the dev server's own temporary outputs. */
const EDITOR_TEMP =
  /~$|^\.#|^#.*#$|^\..*\.sw[a-px]$|^4913$|___jb_(tmp|old)___$|^\.~lock\.|\.crswap$|^\..*\.lectern-tmp-/;

/** What the watcher should skip besides the usual folders: the destination (and its temporary siblings) and `exclude` entries. */
export interface WatchOptions {
  source: string;
  destination: string;
  /** Source-relative paths from the config's `exclude` (plain names and folder prefixes; globs are not matched here). */
  exclude?: string[];
  /** The build cache folder (`cache_dir`), whose writes are the build's own. */
  cacheDir?: string;
}

/** A predicate telling whether a path's changes are irrelevant to the site. */
export function ignoredBy(options: WatchOptions): (path: string) => boolean {
  const source = resolve(options.source),
    dest = resolve(options.destination);
  const cacheDir = options.cacheDir ? resolve(options.cacheDir) : undefined;
  const tempPrefix = `.${basename(dest)}.lectern-`;
  const destParent = dirname(dest);
  const excluded = (options.exclude ?? [])
    .filter((e) => !/[*?[{]/.test(e))
    .map((e) => e.replace(/^\/+|\/+$/g, ""))
    .filter(Boolean);
  return (path: string) => {
    const abs = resolve(path);
    if (abs === dest || abs.startsWith(dest + sep)) return true;
    if (cacheDir && (abs === cacheDir || abs.startsWith(cacheDir + sep))) return true;
    if (abs.startsWith(destParent + sep) && relative(destParent, abs).split(sep)[0]!.startsWith(tempPrefix))
      return true;
    const rel = relative(source, abs);
    if (rel.startsWith("..")) return false;
    const parts = rel.split(sep);
    if (parts.some((p) => IGNORED_NAMES.has(p) || EDITOR_TEMP.test(p))) return true;
    const posix = parts.join("/");
    return excluded.some((e) => posix === e || posix.startsWith(e + "/"));
  };
}

/** Watches the source (and any extra folders) with chokidar; resolves once the initial scan is done. */
export async function watchSource(
  paths: string[],
  options: WatchOptions,
  onChange: (path: string, kind: ChangeKind) => void,
): Promise<FSWatcher> {
  const ignored = ignoredBy(options);
  const watcher = watch(paths, { ignoreInitial: true, ignored: (p: string) => ignored(p) });
  watcher.on("add", (p) => onChange(resolve(p), "add"));
  watcher.on("change", (p) => onChange(resolve(p), "change"));
  watcher.on("unlink", (p) => onChange(resolve(p), "unlink"));
  watcher.on("addDir", (p) => onChange(resolve(p), "add"));
  watcher.on("unlinkDir", (p) => onChange(resolve(p), "unlink"));
  // chokidar drops a file's "change" when another came less than 50 ms before (and may take a read for no change):
  // the raw events catch every write; the builder then compares contents.
  watcher.on("raw", (event, name, details) => {
    const watched = (details as { watchedPath?: string } | undefined)?.watchedPath;
    if (event !== "change" || !watched) return;
    const path = rawPath(watched, name);
    if (path && !ignored(path)) onChange(path, "change");
  });
  await new Promise<void>((ready, fail) => {
    watcher.once("ready", ready);
    watcher.once("error", fail);
  });
  return watcher;
}

/** The file a raw fs.watch "change" is about: the watched file itself, or an entry of the watched folder. */
function rawPath(watched: string, name: string | null): string | undefined {
  const st = statSync(watched, { throwIfNoEntry: false });
  if (!st) return undefined;
  if (st.isFile()) return resolve(watched);
  if (!name) return undefined;
  const path = resolve(join(watched, name));
  return statSync(path, { throwIfNoEntry: false })?.isFile() ? path : undefined;
}
