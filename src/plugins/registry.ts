import { posix } from "node:path";
import type { Site } from "../site.js";
import type { GeneratedPage, GeneratorPriority, GeneratorSite, Plugin, PluginApi } from "./types.js";
import { Page } from "../model/page.js";
import { outputExtFor } from "../render/converters.js";
import { deepMerge } from "../config/merge.js";
import { declaredPlugins } from "./declared.js";

/** Built-in plugins by the gem name a site lists in `plugins:`; each loaded only when listed. */
const BUILT_IN: Record<string, () => Promise<{ default: Plugin }>> = {
  "jekyll-sitemap": () => import("./sitemap/index.js"),
  "jekyll-feed": () => import("./feed/index.js"),
  "jekyll-redirect-from": () => import("./redirect-from/index.js"),
  "jekyll-seo-tag": () => import("./seo/index.js"),
  "jekyll-paginate": () => import("./paginate/index.js"),
  "jekyll-gist": () => import("./gist/index.js"),
  jemoji: () => import("./jemoji/index.js"),
  "jekyll-include-cache": () => import("./include-cache/index.js"),
  "jekyll-scholar": () => import("./scholar/index.js"),
  "jekyll/scholar": () => import("./scholar/index.js"),
  "jekyll-paginate-v2": () => import("./paginate-v2/index.js"),
};

/** Gems whose plugin replaces Lectern's own BibTeX publications (which then add no pages or filters). */
const REPLACES_BIBTEX = new Set(["jekyll-scholar", "jekyll/scholar"]);

/** al-folio's own `_plugins/*.rb` Lectern replaces with built-ins, by file name (see `rubyPluginKey`). */
const RUBY_FILES: Record<string, () => Promise<{ default: Plugin }>> = {};

/** A Ruby plugin file's name for lookups: lower case, without `-` or `_` (`hideCustomBibtex`, `hide-custom-bibtex`). */
export function rubyPluginKey(file: string): string {
  return file.toLowerCase().replace(/[-_]/g, "");
}

/** Plugins Lectern always runs (not gems): BibTeX publications. */
const ALWAYS: Array<() => Promise<{ default: Plugin }>> = [() => import("./bibtex/plugin.js")];

/** Gems whose work Lectern does anyway or that change nothing in the output. */
const NO_OP = new Set([
  "jekyll-watch",
  "jekyll-github-metadata",
  "jekyll-commonmark-ghpages",
  "jekyll-default-layout",
  "jekyll-titles-from-headings",
  "jekyll-relative-links",
  "jekyll-optional-front-matter",
  "jekyll-readme-index",
  "jekyll-coffeescript",
  "jekyll-sass-converter",
  "github-pages",
  "jekyll-remote-theme",
  "jekyll-octicons",
  "jekyll-mentions",
  "jekyll-avatar",
  "jekyll-admonitions",
  // Libraries a Gemfile's plugin group often lists that add nothing to a build.
  "jekyll",
  "webrick",
  "unicode_utils",
  "kramdown",
  "kramdown-parser-gfm",
  "tzinfo",
  "tzinfo-data",
  "wdm",
  "http_parser.rb",
  "csv",
  "base64",
  "bigdecimal",
  "logger",
  "ostruct",
  "observer",
  "uri",
  "nokogiri",
]);

/** The API handed to each plugin's setup. */
export function pluginApi(site: Site): PluginApi {
  return {
    site,
    config: site.config,
    source: site.source,
    hook: (name, fn) => site.hooks.on(name, fn),
    generator: (fn, priority = "normal") => addGenerator(site, fn, priority),
    registerFilter: (name, fn) => site.pendingFilters.push([name, fn]),
    registerTag: (name, impl) => site.pendingTags.push([name, impl]),
    warn: (message, file, line) =>
      site.log.warn("Plugin:", `${file ? `${file}${line ? `:${line}` : ""}: ` : ""}${message}`),
  };
}

const PRIORITY_RANK: Record<GeneratorPriority, number> = { highest: 0, high: 1, normal: 2, low: 3, lowest: 4 };
/** Each registered generator's priority (site.generators stays a plain list, kept in running order). */
const generatorRank = new WeakMap<object, number>();

/** Inserts a generator after every one of the same or a higher priority (jekyll-sitemap and jekyll-feed run last). */
function addGenerator(site: Site, fn: Site["generators"][number], priority: GeneratorPriority): void {
  const rank = PRIORITY_RANK[priority];
  generatorRank.set(fn, rank);
  const at = site.generators.findIndex((g) => (generatorRank.get(g) ?? PRIORITY_RANK.normal) > rank);
  if (at < 0) site.generators.push(fn);
  else site.generators.splice(at, 0, fn);
}

/**
 * Loads the plugins the site declares (`plugins:`, the Gemfile's `:jekyll_plugins`, `_plugins/*.rb` when not in
 * safe mode) and the always-on ones; what Lectern lacks is one warning naming each, and the build goes on.
 */
export async function loadPlugins(site: Site): Promise<void> {
  const api = pluginApi(site);
  const declared = declaredPlugins(site.source, site.config.plugins, String(site.config["plugins_dir"] ?? "_plugins"));
  const unknown: string[] = [];
  const loaded = new Set<Plugin>();
  const use = async (load: () => Promise<{ default: Plugin }>) => {
    const plugin = (await load()).default;
    if (loaded.has(plugin)) return;
    loaded.add(plugin);
    await plugin.setup(api);
  };
  for (const name of declared.gems) {
    const load = BUILT_IN[name];
    if (load) await use(load);
    else if (!NO_OP.has(name)) unknown.push(name);
  }
  if (!site.config.safe) {
    for (const file of declared.rubyFiles) {
      const load = RUBY_FILES[rubyPluginKey(file)];
      if (load) await use(load);
      else unknown.push(`${file}.rb`);
    }
  }
  site.missingPlugins = unknown;
  if (unknown.length) site.tolerated("Plugins:", `not available in Lectern, skipped: ${unknown.join(", ")}`);
  if (declared.gems.some((g) => REPLACES_BIBTEX.has(g))) return;
  for (const load of ALWAYS) await use(load);
}

/** Runs generators in order with a view that can add pages. */
export async function runGenerators(site: Site): Promise<void> {
  if (!site.generators.length) return;
  const view: GeneratorSite = {
    site,
    config: site.config,
    get data() {
      return site.data;
    },
    addPage: (p) => addGeneratedPage(site, p),
    documents: (label) =>
      (site.collections.get(label)?.docs ?? []).map((d) => ({
        relativePath: d.relativePath,
        url: d.url,
        data: d.data,
      })),
  };
  for (const g of site.generators) await g(view);
}

/** Adds a generated page (Jekyll's PageWithoutAFile): defaults apply by its path, then its front matter. */
export function addGeneratedPage(site: Site, p: GeneratedPage): Page {
  const slash = p.path.lastIndexOf("/");
  const page = new Page(
    slash >= 0 ? p.path.slice(0, slash) : "",
    slash >= 0 ? p.path.slice(slash + 1) : p.path,
    site.permalinkStyle,
  );
  const defaults = site.defaults.all(page.relativePath, "pages");
  // The URL is the page's own; Liquid sees a `permalink` only when the plugin gives one, as in Jekyll.
  page.fixedUrl = p.url;
  page.data = { ...defaults, ...p.frontMatter };
  page.viewData = deepMerge(defaults, p.frontMatter);
  if (p.renderWithLiquid === false) page.data["render_with_liquid"] = false;
  page.content = p.content;
  page.rawContent = p.content;
  // Jekyll's Renderer#output_ext: a permalink's own extension wins (a redirect from /old.php writes old.php).
  const permalinkExt = p.url.endsWith("/") ? "" : posix.extname(p.url);
  page.outputExt = permalinkExt || outputExtFor(page.ext, site.mdExts);
  site.pages.push(page);
  return page;
}
