import { Tag, type Context } from "liquidjs";
import type { PluginSite } from "../types.js";
import { feedCollections } from "./collections.js";
import { callFilter } from "../filter-call.js";

/** Ruby's `encode(xml: :attr)`: the value escaped and wrapped in double quotes. */
export function xmlAttr(value: string): string {
  return `"${value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")}"`;
}

/** `{% feed_meta %}`: the `<link rel="alternate">` to the site's Atom feed, as jekyll-feed writes it. */
export function feedMetaTag(site: PluginSite): typeof Tag {
  return class FeedMetaTag extends Tag {
    render(ctx: Context): string {
      const config = site.config;
      const feed =
        config["feed"] && typeof config["feed"] === "object" ? (config["feed"] as Record<string, unknown>) : {};
      // The generator fills `feed.path` from `feed.collections.posts.path` when only that is set.
      const path = feed["path"] || feedCollections(feed).get("posts")?.path || "feed.xml";
      const title = config["title"] || config["name"];
      const attrs: Array<[string, unknown]> = [
        ["type", "application/atom+xml"],
        ["rel", "alternate"],
        ["href", callFilter(this.liquid, ctx, "absolute_url", path)],
      ];
      if (title) attrs.push(["title", title]);
      return `<link ${attrs.map(([k, v]) => `${k}=${xmlAttr(String(v))}`).join(" ")} />`;
    }
  };
}
