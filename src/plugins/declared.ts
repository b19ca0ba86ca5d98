import fs from "node:fs";
import path from "node:path";

/** The plugins a site asks for: gem names from `plugins:` and the Gemfile, Ruby files in `_plugins`. */
export interface DeclaredPlugins {
  /** Gem names, `plugins:` first, then the Gemfile's `:jekyll_plugins` group (Jekyll requires both). */
  gems: string[];
  /** Base names (no `.rb`) of the site's own Ruby plugins in `plugins_dir`. */
  rubyFiles: string[];
}

/** Gems listed inside `group :jekyll_plugins do … end` of a Gemfile's text. */
export function gemfilePlugins(text: string): string[] {
  const gems: string[] = [];
  let depth = 0;
  for (const raw of text.split("\n")) {
    const line = raw.replace(/#.*$/, "").trim();
    if (/^group\b.*:jekyll_plugins\b.*\bdo\b/.test(line)) depth = 1;
    else if (depth > 0 && /\bdo\b\s*(\|.*\|)?$/.test(line)) depth++;
    else if (depth > 0 && line === "end") depth--;
    else if (depth > 0) {
      const m = /^gem\s+["']([^"']+)["']/.exec(line);
      if (m) gems.push(m[1]!);
    }
  }
  return gems;
}

/**
 * Reads what `source` declares; `configured` is the config's `plugins:` list, `pluginsDir` its `plugins_dir`;
 * `bundler` false leaves the Gemfile out (Jekyll under JEKYLL_NO_BUNDLER_REQUIRE).
 */
export function declaredPlugins(
  source: string,
  configured: string[],
  pluginsDir: string,
  bundler = true,
): DeclaredPlugins {
  let gemfile: string[] = [];
  try {
    if (bundler) gemfile = gemfilePlugins(fs.readFileSync(path.join(source, "Gemfile"), "utf8"));
  } catch {
    // no Gemfile: only `plugins:` counts
  }
  let rubyFiles: string[] = [];
  try {
    rubyFiles = fs
      .readdirSync(path.resolve(source, pluginsDir))
      .filter((f) => f.endsWith(".rb"))
      .sort()
      .map((f) => f.slice(0, -3));
  } catch {
    // no plugins folder
  }
  return { gems: [...new Set([...configured, ...gemfile])], rubyFiles };
}

/** A plugin file's name for lookups: lower case, without `-` or `_` (`hideCustomBibtex`, `hide-custom-bibtex`). */
export function rubyPluginKey(file: string): string {
  return file.toLowerCase().replace(/[-_]/g, "");
}
