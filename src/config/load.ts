import { existsSync, readFileSync } from "node:fs";
import { resolve, relative } from "node:path";
import { parseYaml, isPlainObject } from "../ruby/yaml.js";
import { LecternError } from "../errors/index.js";
import { JEKYLL_DEFAULTS, DEFAULT_EXCLUDES, PERMALINK_STYLES } from "./defaults.js";
import { deepMerge } from "../util/merge.js";
import type { BuildOptions } from "./options.js";
import type { SiteConfig } from "./types.js";

/** Config files to read: `--config` ones (relative to the working directory), else the source's `_config.yml`/`.yaml`. */
export function configFiles(source: string, options: BuildOptions): string[] {
  if (options.config?.length) return options.config.map((f) => resolve(f));
  for (const name of ["_config.yml", "_config.yaml"]) {
    const file = resolve(source, name);
    if (existsSync(file)) return [file];
  }
  return [];
}

/** Reads one config file; it must hold a mapping (an empty file is an empty mapping). */
export function readConfigFile(file: string, source: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new LecternError(`could not read configuration file`, { topic: "Config", file });
  }
  const shown = relative(source, file).startsWith("..") ? file : relative(source, file);
  const value = parseYaml(text, shown, 0, text);
  if (value === null || value === false) return {};
  if (!isPlainObject(value)) {
    throw new LecternError(
      `the configuration must be a mapping of keys to values, not ${Array.isArray(value) ? "a list" : typeof value}`,
      { topic: "Config", file: shown, line: 1, source: text },
    );
  }
  return value;
}

/** Loads and normalises the site configuration as Jekyll's Configuration.from does, plus command-line overrides. */
export function loadConfig(source: string, options: BuildOptions): { config: SiteConfig; files: string[] } {
  const files = configFiles(source, options);
  let user: Record<string, unknown> = {};
  for (const file of files) user = deepMerge(user, readConfigFile(file, source));
  const flags: Record<string, unknown> = {};
  if (options.drafts) flags["show_drafts"] = true;
  if (options.future) flags["future"] = true;
  if (options.unpublished) flags["unpublished"] = true;
  if (options.safe) flags["safe"] = true;
  if (options.baseurl !== undefined) flags["baseurl"] = options.baseurl;
  let merged = deepMerge(deepMerge(user, flags), options.overrides ?? {});
  merged = deepMerge(JEKYLL_DEFAULTS, merged);
  return { config: normalise(merged) as SiteConfig, files };
}

function toList(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((x) => x !== null && x !== undefined).map(String);
  if (typeof v === "string")
    return v
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  return [];
}

function normalise(c: Record<string, unknown>): Record<string, unknown> {
  c["include"] = toList(c["include"]);
  c["exclude"] = [...new Set([...toList(c["exclude"]), ...DEFAULT_EXCLUDES])];
  c["keep_files"] = toList(c["keep_files"]);
  // GitHub Pages still honours the legacy `gems:` key; Jekyll 4 reads only `plugins:`.
  c["plugins"] = [...new Set([...toList(c["plugins"]), ...toList(c["gems"])])];
  let collections = c["collections"];
  if (collections !== null && collections !== undefined) {
    if (Array.isArray(collections)) collections = Object.fromEntries(collections.map((l) => [String(l), {}]));
    if (!isPlainObject(collections)) collections = {};
    const posts: Record<string, unknown> = {
      ...(isPlainObject((collections as Record<string, unknown>)["posts"])
        ? ((collections as Record<string, unknown>)["posts"] as Record<string, unknown>)
        : {}),
    };
    posts["output"] = true;
    if (c["permalink"] && posts["permalink"] === undefined)
      posts["permalink"] = styleToPermalink(String(c["permalink"]));
    const rest = Object.fromEntries(
      Object.entries(collections as Record<string, unknown>)
        .filter(([k]) => k !== "posts")
        .map(([k, v]) => [k, isPlainObject(v) ? v : {}]),
    );
    c["collections"] = { posts, ...rest };
  }
  return c;
}

/** A permalink style name (`date`, `pretty`...) to its template; any other string is the template itself. */
export function styleToPermalink(style: string): string {
  return PERMALINK_STYLES[style] ?? style;
}
