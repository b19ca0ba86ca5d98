import type { Plugin } from "../types.js";
import type { PluginSite } from "../types.js";
import { Page } from "../../model/page.js";
import type { Document } from "../../model/document.js";
import { DEFAULT_ASSET_ROOT } from "./emoji.js";
import { emojifyPage } from "./html.js";

/** `emoji.src` from the config, else `$ASSET_HOST_URL/images/icons/` (`host`), else GitHub's asset host. */
export function assetRoot(config: Record<string, unknown>, host: string | undefined): string {
  const emoji = config["emoji"];
  if (emoji && typeof emoji === "object" && "src" in emoji) return String((emoji as Record<string, unknown>)["src"]);
  return host ? `${host.replace(/\/$/, "")}/images/icons/` : DEFAULT_ASSET_ROOT;
}

/** jemoji's emojiable?: written HTML pages and documents, or anything whose permalink ends in `/`. */
function emojiable(item: Page | Document): boolean {
  const permalink = item.data["permalink"];
  return (
    ((item instanceof Page || item.write) && item.outputExt === ".html") ||
    (typeof permalink === "string" && permalink.endsWith("/"))
  );
}

/** jemoji: `:name:` in HTML output becomes GitHub's emoji image (gemoji names), outside pre/code/tt. */
const jemoji: Plugin = {
  name: "jemoji",
  setup(api) {
    let root: string | undefined;
    const run = ({ site, item }: { site: PluginSite; item?: Page | Document }) => {
      if (!item || item.output === undefined || !emojiable(item)) return;
      root ??= assetRoot(site.config, site.env.assetHost);
      item.output = emojifyPage(item.output, root);
    };
    api.hook("pages:postRender", run);
    api.hook("documents:postRender", run);
  },
};

export default jemoji;
