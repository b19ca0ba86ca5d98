import { isAbsolute, relative, resolve, sep } from "node:path";
import { DiskCache } from "./disk-cache.js";

/** Lectern's cache folder when the config leaves `cache_dir` at Jekyll's default (`.jekyll-cache` is Jekyll's own). */
export const DEFAULT_CACHE_DIR = ".lectern-cache";
const JEKYLL_CACHE_DIR = ".jekyll-cache";

/**
 * The site's cache folder: `cache_dir` (inside the source, as Jekyll's `in_source_dir` keeps it), `.lectern-cache` by
 * default; undefined when `disable_disk_cache: true`, `--disable-disk-cache`, `safe: true` (as Jekyll's safe mode), or
 * `cache_dir` names the source itself.
 */
export function cacheDirFor(source: string, config: Record<string, unknown>, disabled = false): string | undefined {
  if (disabled || config["disable_disk_cache"] === true || config["safe"] === true) return undefined;
  const configured =
    typeof config["cache_dir"] === "string" && config["cache_dir"].trim() && config["cache_dir"] !== JEKYLL_CACHE_DIR
      ? config["cache_dir"].trim()
      : DEFAULT_CACHE_DIR;
  const dir = resolve(source, "." + sep + configured.replace(/^[/\\]+/, ""));
  const rel = relative(source, dir);
  if (!rel || rel.startsWith("..") || isAbsolute(rel)) return rel ? resolve(source, DEFAULT_CACHE_DIR) : undefined;
  return dir;
}

/** The build cache of a site (disabled as `cacheDirFor` says); failures to write go to `debug`. */
export function siteCache(
  source: string,
  config: Record<string, unknown>,
  disabled: boolean,
  debug: (message: string) => void,
): DiskCache {
  return new DiskCache(cacheDirFor(source, config, disabled), debug);
}
