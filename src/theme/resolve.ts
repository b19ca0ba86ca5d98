import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Logger } from "../log.js";
import { themeRoot } from "./index.js";
import { readConfigFile } from "../config/load.js";

/**
 * Which theme folder fills in what the site lacks: Lectern's built-in theme when the config names it
 * (`theme: lectern`) or when the site has no `_layouts` of its own and no `theme: false`. A gem theme
 * name cannot be loaded without Ruby: it is reported and the build goes on, as with an uninstalled gem.
 */
export function themeFor(site: {
  readonly source: string;
  readonly config: Record<string, unknown>;
  readonly log: Logger;
}): string | undefined {
  const theme = site.config["theme"];
  if (theme === false) return undefined;
  const hasLayouts = existsSync(join(site.source, String(site.config["layouts_dir"] ?? "_layouts")));
  if (typeof theme === "string" && theme && theme !== "lectern") {
    site.log.warn(
      "Theme:",
      `'${theme}' is a Ruby gem theme, which Lectern cannot load; ${hasLayouts ? "building with the site's own layouts" : "using Lectern's built-in theme"}.`,
    );
  }
  if (theme === "lectern" || !hasLayouts) return themeRoot();
  return undefined;
}

/** The theme's own `defaults:` (from its `_config.yml`), used when the site sets none. */
export function themeDefaults(root: string, source: string): unknown[] {
  const file = join(root, "_config.yml");
  if (!existsSync(file)) return [];
  const defaults = readConfigFile(file, source)["defaults"];
  return Array.isArray(defaults) ? defaults : [];
}
