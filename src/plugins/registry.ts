import { posix } from "node:path";
import type { Site } from "../site.js";
import type { GeneratedPage, GeneratorPriority, GeneratorSite, Plugin, PluginApi } from "./types.js";
import { Page } from "../model/page.js";
import { outputExtFor } from "../render/converters.js";
import { deepMerge } from "../config/merge.js";

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
};

/** Plugins Lectern always runs (not gems): BibTeX publications, the CV page and PDF. */
const ALWAYS: Array<() => Promise<{ default: Plugin }>> = [
  () => import("./bibtex/plugin.js"),
  () => import("./cv/plugin.js"),
];

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

/** Loads the plugins the config lists (unknown ones are a warning naming them) and the always-on ones. */
export async function loadPlugins(site: Site): Promise<void> {
  const api = pluginApi(site);
  const unknown: string[] = [];
  for (const name of site.config.plugins) {
    const load = BUILT_IN[name];
    if (load) await (await load()).default.setup(api);
    else if (!NO_OP.has(name)) unknown.push(name);
  }
  if (unknown.length) site.tolerated("Plugins:", `not available in Lectern, skipped: ${unknown.join(", ")}`);
  for (const load of ALWAYS) await (await load()).default.setup(api);
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
