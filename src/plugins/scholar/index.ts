import type { Plugin, PluginApi } from "../types.js";
import { Scholar } from "./scholar.js";
import { bibliographyCountTag, bibliographyTag, citeTag, referenceTag } from "./tags.js";
import { detailsUrl } from "./details.js";

/**
 * jekyll-scholar: `{% bibliography %}`, `{% cite %}`, `{% reference %}`, `{% bibliography_count %}` over the site's
 * `.bib` files, each entry rendered through the site's `bibliography_template` with the entry object jekyll-scholar
 * exposes and CSL references (citeproc-js), plus a details page per entry when `details_layout` exists.
 */
const scholarPlugin: Plugin = {
  name: "jekyll-scholar",
  setup(api: PluginApi) {
    const scholar = new Scholar(api.site);
    api.registerTag("bibliography", bibliographyTag(api.site, scholar));
    api.registerTag("cite", citeTag(scholar));
    api.registerTag("reference", referenceTag(scholar));
    api.registerTag("bibliography_count", bibliographyCountTag(scholar));
    api.generator((site) => addDetailsPages(api, scholar, site), "high");
  },
};

export default scholarPlugin;

type GeneratorView = Parameters<Parameters<PluginApi["generator"]>[0]>[0];

/** jekyll-scholar's DetailsGenerator: one page per entry of the default bibliography, from `details_layout`. */
function addDetailsPages(api: PluginApi, scholar: Scholar, view: GeneratorView): void {
  const config = scholar.config;
  if (!scholar.generatesDetails(config)) return;
  const layout = api.site.layouts.get(String(config["details_layout"]).replace(/\.html$/, ""))!;
  const scope = { site: undefined, jekyll: undefined, page: undefined, lookup: () => undefined };
  const bib = scholar.bibliography(config, [], scope);
  for (const entry of scholar.entries(bib, config, undefined, false)) {
    const data = scholar.templateScope(entry, bib, config, { files: [] }, 0, scope);
    const frontMatter: Record<string, unknown> = {
      ...layout.data,
      entry: data.entry,
      reference: data.reference,
      key: data.key,
      type: data.type,
      link: data.link,
      links: data.links,
    };
    const title = (data.entry as Record<string, unknown>)["title"];
    if (title !== undefined) frontMatter["title"] = title;
    view.addPage({
      path: `${config["details_dir"]}/${entry.key.replace(/[:\s]+/g, "_")}.html`,
      url: detailsUrl(entry, config, api.config),
      frontMatter,
      content: layout.content,
    });
  }
}
