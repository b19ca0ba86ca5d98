import { existsSync } from "node:fs";
import type { Plugin } from "../types.js";
import type { PluginSite } from "../types.js";
import { FEED_TEMPLATE } from "./template.js";
import { feedMetaTag } from "./meta-tag.js";
import { feedCollections, feedPath } from "./collections.js";

/** The `feed:` settings, or an empty object. */
function feedConfig(site: PluginSite): Record<string, unknown> {
  const c = site.config["feed"];
  return c && typeof c === "object" && !Array.isArray(c) ? (c as Record<string, unknown>) : {};
}

/** jekyll-feed 0.17: an Atom feed per configured collection and category, and per tag when asked; `{% feed_meta %}`. */
const feed: Plugin = {
  name: "jekyll-feed",
  setup(api) {
    api.registerTag("feed_meta", feedMetaTag(api.site));
    api.generator(({ site, addPage }) => {
      const config = feedConfig(site);
      if (config["disable_in_development"] && site.env.mode === "development") {
        site.log.info("Jekyll Feed:", "Skipping feed generation in development");
        return;
      }
      const inSource = (p: string) => existsSync(site.sourcePath(p.replace(/^\/+/, "")));
      const xsl = inSource("feed.xslt.xml");
      const make = (path: string, collection: string, category: unknown, tags: unknown) => {
        addPage({
          path: path.replace(/^\/+/, ""),
          url: "/" + path.replace(/^\/+/, ""),
          content: FEED_TEMPLATE,
          frontMatter: { layout: null, sitemap: false, xsl, collection, category, tags },
        });
      };
      for (const [name, meta] of feedCollections(config)) {
        site.log.debug("Jekyll Feed:", `Generating feed for ${name}`);
        for (const category of [...new Set(meta.categories), null]) {
          const path = feedPath(name, category, meta);
          if (!inSource(path)) make(path, name, category, null);
        }
      }
      if (config["tags"]) byTag(site, config["tags"], inSource, make);
    }, "lowest");
  },
};

/** Feeds per tag (`feed.tags: true` or `{only, except, path}`), for tags made of letters, digits and `_`. */
function byTag(
  site: PluginSite,
  setting: unknown,
  inSource: (p: string) => boolean,
  make: (path: string, collection: string, category: unknown, tags: unknown) => void,
): void {
  const all = new Set<string>();
  for (const p of site.collections.get("posts")?.docs ?? [])
    for (const t of (p.data["tags"] as unknown[]) ?? []) all.add(String(t));
  if (!all.size) return;
  const opts = setting && typeof setting === "object" ? (setting as Record<string, unknown>) : {};
  const except = new Set(Array.isArray(opts["except"]) ? opts["except"].map(String) : []);
  const only = Array.isArray(opts["only"]) ? opts["only"].map(String) : [...all];
  const base = typeof opts["path"] === "string" ? opts["path"] : "/feed/by_tag/";
  for (const tag of only) {
    if (except.has(tag) || /[^a-zA-Z0-9_]/.test(tag)) continue;
    site.log.debug("Jekyll Feed:", `Generating feed for posts tagged ${tag}`);
    const path = `${base}${tag}.xml`;
    if (!inSource(path)) make(path, "posts", null, tag);
  }
}

export default feed;
