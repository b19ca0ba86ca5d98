import { readdirSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { LecternError } from "../errors/index.js";
import type { Plugin, PluginApi } from "./types.js";

const PLUGIN_FILE = /^[^.].*\.(?:js|mjs)$/;

/** The config's `plugins_dir` folders (Jekyll's default `_plugins`; a string or a list), absolute. */
export function pluginDirs(source: string, config: Record<string, unknown>): string[] {
  const raw = config["plugins_dir"] ?? "_plugins";
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((d): d is string => typeof d === "string" && d !== "").map((d) => resolve(source, d));
}

/** The `.js`/`.mjs` files directly in `dir`, in name order (as Jekyll requires `_plugins/**.rb` sorted). */
function pluginFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => PLUGIN_FILE.test(n))
    .sort()
    .map((n) => join(dir, n))
    .filter((f) => statSync(f).isFile());
}

/** Base names (no extension) of the site's JavaScript plugins in `dirs`. */
export function localPluginNames(dirs: readonly string[]): string[] {
  return dirs.flatMap((d) => pluginFiles(d).map((f) => f.slice(f.lastIndexOf(sep) + 1).replace(/\.m?js$/, "")));
}

/** What a plugin module exports: a Plugin (default or `plugin`), or a bare setup function (default or `setup`). */
function pluginOf(mod: Record<string, unknown>, name: string): Plugin | undefined {
  const candidate = mod["default"] ?? mod["plugin"] ?? mod["setup"];
  if (typeof candidate === "function") return { name, setup: candidate as Plugin["setup"] };
  if (candidate && typeof candidate === "object" && typeof (candidate as Plugin).setup === "function")
    return candidate as Plugin;
  return undefined;
}

/**
 * Loads and sets up the site's own plugins (`_plugins/*.js` and `*.mjs`, Jekyll's `_plugins/*.rb`), in name order.
 * A module is imported afresh when it changed (so `lectern serve` picks up edits); a failing one stops the build
 * with its file named.
 */
export async function loadLocalPlugins(source: string, dirs: readonly string[], api: PluginApi): Promise<void> {
  for (const dir of dirs) {
    for (const file of pluginFiles(dir)) {
      const shown = relative(source, file).split(sep).join("/");
      let plugin: Plugin | undefined;
      try {
        const url = `${pathToFileURL(file).href}?mtime=${statSync(file).mtimeMs}`;
        plugin = pluginOf((await import(url)) as Record<string, unknown>, shown);
      } catch (e) {
        throw new LecternError(`could not load ${shown}: ${e instanceof Error ? e.message : String(e)}`, {
          topic: "Plugin",
          file: shown,
          cause: e,
        });
      }
      if (!plugin)
        throw new LecternError(
          `${shown} exports no plugin: export default { name, setup(api) { ... } } or a setup(api) function`,
          { topic: "Plugin", file: shown },
        );
      try {
        await plugin.setup(api);
      } catch (e) {
        if (e instanceof LecternError) throw e;
        throw new LecternError(`${shown}: ${e instanceof Error ? e.message : String(e)}`, {
          topic: "Plugin",
          file: shown,
          cause: e,
        });
      }
    }
  }
}
