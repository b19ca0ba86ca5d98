import type { Plugin } from "../types.js";
import type { PluginSite } from "../types.js";
import type { StaticFile } from "../../model/static-file.js";
import { SITEMAP_TEMPLATE, ROBOTS_TEMPLATE } from "./template.js";

/** Static files jekyll-sitemap lists beside pages and documents. */
const LISTED_EXTS = new Set([".htm", ".html", ".xhtml", ".pdf"]);

/** True when a page or static file of the site already has this URL (then the plugin leaves it alone). */
function taken(site: PluginSite, url: string): boolean {
  return site.pages.some((p) => p.url === url) || site.staticFiles.some((f) => f.url === url);
}

/** A static file as Liquid sees it (Jekyll's StaticFileDrop): its defaults data plus name, path and time. */
function fileView(f: StaticFile): Record<string, unknown> {
  return {
    ...f.data,
    name: f.name,
    basename: f.basename,
    extname: f.extname,
    path: f.relativePath,
    modified_time: new Date(f.mtimeMs),
    collection: f.collection?.label ?? null,
  };
}

/**
 * jekyll-sitemap 1.4: writes `sitemap.xml` (documents of output collections, HTML pages, and HTML/PDF static
 * files, skipping `sitemap: false` and 404 pages) and `robots.txt`, unless the site has its own.
 */
const sitemap: Plugin = {
  name: "jekyll-sitemap",
  setup(api) {
    api.generator(({ site, addPage }) => {
      // Decided before adding anything, as the gem does: it looks at pages and static files once.
      const hasSitemap = taken(site, "/sitemap.xml");
      const hasRobots = taken(site, "/robots.txt");
      if (!hasSitemap) {
        addPage({
          path: "sitemap.xml",
          url: "/sitemap.xml",
          content: SITEMAP_TEMPLATE,
          frontMatter: {
            layout: null,
            static_files: site.staticFiles.filter((f) => LISTED_EXTS.has(f.extname)).map(fileView),
            xsl: taken(site, "/sitemap.xsl"),
          },
        });
      }
      if (!hasRobots)
        addPage({ path: "robots.txt", url: "/robots.txt", content: ROBOTS_TEMPLATE, frontMatter: { layout: null } });
    }, "lowest");
  },
};

export default sitemap;
