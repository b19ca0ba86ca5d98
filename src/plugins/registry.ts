import type { GeneratedPage, GeneratorPriority, GeneratorSite, Plugin, PluginApi, PluginSite } from "./types.js";
import type { HookTable } from "./hooks.js";
import type { Converter } from "../model/converters.js";
import type { ItemSettings } from "../read/items.js";
import type { Page } from "../model/page.js";
import { makePage } from "../read/items.js";
import { loadLocalPlugins, localPluginNames, pluginDirs } from "./local.js";
import { declaredPlugins, rubyPluginKey } from "./declared.js";

export { rubyPluginKey };

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
  "jekyll-regex-replace": async () => ({ default: (await import("./alfolio/filters.js")).regexReplace }),
  "jekyll-email-protect": async () => ({ default: (await import("./alfolio/filters.js")).emailProtect }),
};

/** Plugins Lectern always runs (not gems): BibTeX publications, the talk map, the CV page and PDF. */
const BIBTEX = () => import("./bibtex/plugin.js");
const ALWAYS: Array<() => Promise<{ default: Plugin }>> = [
  BIBTEX,
  () => import("./talkmap/index.js"),
  () => import("./cv/plugin.js"),
];

/** Gems whose plugin replaces Lectern's own BibTeX publications (which then add no pages or filters). */
const REPLACES_BIBTEX = new Set(["jekyll-scholar", "jekyll/scholar"]);

/** al-folio's own `_plugins/*.rb` Lectern replaces with built-ins, by file name (see `rubyPluginKey`). */
const RUBY_FILES: Record<string, () => Promise<{ default: Plugin }>> = {
  hidecustombibtex: async () => ({ default: (await import("./alfolio/filters.js")).hideCustomBibtex }),
  removeaccents: async () => ({ default: (await import("./alfolio/filters.js")).removeAccents }),
  fileexists: async () => ({ default: (await import("./alfolio/tags.js")).fileExists }),
  details: async () => ({ default: (await import("./alfolio/tags.js")).details }),
};

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

/** What loading and running plugins needs of the site: the plugin view, plus the tables plugins fill. */
export interface PluginHost extends PluginSite, ItemSettings {
  readonly pages: Page[];
  hooks: HookTable;
  generators: Array<(s: GeneratorSite) => void | Promise<void>>;
  /** Filters and tags registered before the Liquid engine exists. */
  pendingFilters: Array<[string, (...args: any[]) => unknown]>;
  pendingTags: Array<[string, unknown]>;
  converters: Converter[];
  /** Plugins the site declares that Lectern has no built-in for (gem names, `_plugins/x.rb`). */
  missingPlugins: string[];
}

/** The API handed to each plugin's setup. */
export function pluginApi(site: PluginHost): PluginApi {
  return {
    site,
    config: site.config,
    source: site.source,
    hook: (name, fn) => site.hooks.on(name, fn),
    generator: (fn, priority = "normal") => addGenerator(site, fn, priority),
    registerFilter: (name, fn) => site.pendingFilters.push([name, fn]),
    registerTag: (name, impl) => site.pendingTags.push([name, impl]),
    registerConverter: (converter) => site.converters.push(converter),
    warn: (message, file, line) =>
      site.log.warn("Plugin:", `${file ? `${file}${line ? `:${line}` : ""}: ` : ""}${message}`),
  };
}

const PRIORITY_RANK: Record<GeneratorPriority, number> = { highest: 0, high: 1, normal: 2, low: 3, lowest: 4 };
/** Each registered generator's priority (site.generators stays a plain list, kept in running order). */
const generatorRank = new WeakMap<object, number>();

/** Inserts a generator after every one of the same or a higher priority (jekyll-sitemap and jekyll-feed run last). */
function addGenerator(site: PluginHost, fn: PluginHost["generators"][number], priority: GeneratorPriority): void {
  const rank = PRIORITY_RANK[priority];
  generatorRank.set(fn, rank);
  const at = site.generators.findIndex((g) => (generatorRank.get(g) ?? PRIORITY_RANK.normal) > rank);
  if (at < 0) site.generators.push(fn);
  else site.generators.splice(at, 0, fn);
}

/**
 * Loads the plugins the site declares (`plugins:`, the Gemfile's `:jekyll_plugins`, `_plugins/*.rb` when not in
 * safe mode; what Lectern lacks is one warning naming each, and the build goes on), the always-on ones, the
 * caller's (`BuildOptions.plugins`), then the site's own `_plugins/*.js` unless in safe mode (as Jekyll, which
 * requires `_plugins` after the gems).
 */
export async function loadPlugins(site: PluginHost): Promise<void> {
  const api = pluginApi(site);
  const pluginsDir = String(site.config["plugins_dir"] ?? "_plugins");
  const declared = declaredPlugins(site.source, site.config.plugins, pluginsDir, site.env.bundlerRequire);
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
    // A Ruby plugin with a JavaScript twin in the same folder (title_case.rb beside title-case.js) is covered by it.
    const twins = new Set(localPluginNames(pluginDirs(site.source, site.config)).map(rubyPluginKey));
    for (const file of declared.rubyFiles) {
      const load = RUBY_FILES[rubyPluginKey(file)];
      if (load) await use(load);
      else if (!twins.has(rubyPluginKey(file))) unknown.push(`${file}.rb`);
    }
  }
  site.missingPlugins = unknown;
  if (unknown.length) site.tolerated("Plugins:", `not available in Lectern, skipped: ${unknown.join(", ")}`);
  const scholar = declared.gems.some((g) => REPLACES_BIBTEX.has(g));
  for (const load of ALWAYS) if (!(scholar && load === BIBTEX)) await use(load);
  for (const plugin of site.options.plugins ?? []) await plugin.setup(api);
  if (site.config.safe !== true) await loadLocalPlugins(site.source, pluginDirs(site.source, site.config), api);
}

/** Runs generators in order with a view that can add pages. */
export async function runGenerators(site: PluginHost): Promise<void> {
  if (!site.generators.length) return;
  const view: GeneratorSite = {
    site,
    config: site.config,
    get data() {
      return site.data;
    },
    addPage: (p) => addGeneratedPage(site, p),
    addFile: (url, content, from) => site.extraOutputs.set(url.replace(/^\/+/, ""), { content, from }),
    documents: (label) =>
      (site.collections.get(label)?.docs ?? []).map((d) => ({
        relativePath: d.relativePath,
        url: d.url,
        data: d.data,
      })),
  };
  for (const g of site.generators) await g(view);
}

/** Adds a generated page (Jekyll's PageWithoutAFile) through the item factory: defaults by its path, then its front matter. */
export function addGeneratedPage(site: PluginHost, p: GeneratedPage): Page {
  const slash = p.path.lastIndexOf("/");
  const page = makePage(site, {
    dir: slash >= 0 ? p.path.slice(0, slash) : "",
    name: slash >= 0 ? p.path.slice(slash + 1) : p.path,
    frontMatter: p.frontMatter,
    content: p.content,
    url: p.url,
  });
  if (p.renderWithLiquid === false) page.data["render_with_liquid"] = false;
  site.pages.push(page);
  return page;
}
