import { existsSync } from "node:fs";
import type { Plugin } from "../types.js";
import type { PluginSite } from "../types.js";
import { urlFilters } from "../../render/liquid/filters/urls.js";
import type { FilterEnv } from "../../render/liquid/filters/env.js";
import { rubyToS } from "../../ruby/value.js";
import { redirectLayout } from "./layout.js";
import { renderOrder } from "../../model/items.js";

/** Front matter every redirect carries. */
const REDIRECT_DATA = { sitemap: false, layout: "redirect" };

/** The paths a page or document asks to be redirected from (`redirect_from`: one or a list). */
export function redirectFrom(data: Record<string, unknown>): string[] {
  const v = data["redirect_from"];
  const list = Array.isArray(v) ? v : [v];
  return list.filter((x) => x !== null && x !== undefined).map((x) => rubyToS(x));
}

/** Where a page or document sends its visitors instead (`redirect_to`: the first of a list). */
export function redirectTo(data: Record<string, unknown>): string | undefined {
  const v = data["redirect_to"];
  const first = Array.isArray(v) ? v.find((x) => x !== null && x !== undefined) : v;
  return first === null || first === undefined ? undefined : rubyToS(first);
}

/** The redirect target as the gem writes it: http(s) URLs as given, anything else through absolute_url. */
function target(site: PluginSite, to: string): string {
  if (/^https?:\/\//.test(to)) return to;
  const env = { host: { config: site.config } } as unknown as FilterEnv;
  return rubyToS(urlFilters(env).absolute_url!.call({} as never, to));
}

const withSlash = (p: string) => (p.startsWith("/") ? p : `/${p}`);

/**
 * jekyll-redirect-from 0.16: a redirect page for every `redirect_from` path, `redirect_to` turning a page or
 * document into a redirect, and `redirects.json` listing them all (unless `redirect_from: {json: false}`).
 */
const redirects: Plugin = {
  name: "jekyll-redirect-from",
  setup(api) {
    api.generator(({ site, addPage }) => {
      if (!site.layouts.has("redirect")) site.layouts.set("redirect", redirectLayout());
      const map = new Map<string, string>();
      for (const item of renderOrder(site)) {
        if (item.isDocument && !item.write) continue;
        for (const path of redirectFrom(item.data)) {
          const from = withSlash(path),
            to = target(site, item.url);
          addPage({
            path: "redirect.html",
            url: from,
            content: "",
            frontMatter: { ...REDIRECT_DATA, permalink: from, redirect: { from, to } },
          });
          map.set(from, to);
        }
        const to = redirectTo(item.data);
        if (to !== undefined) {
          const from = withSlash(item.url),
            dest = target(site, to);
          const data = { ...REDIRECT_DATA, permalink: from, redirect: { from, to: dest } };
          Object.assign(item.data, data);
          if ("viewData" in item && item.viewData) Object.assign(item.viewData as object, data);
          item.content = "";
          item.rawContent = "";
          map.set(from, dest);
        }
      }
      const json = (site.config["redirect_from"] as Record<string, unknown> | undefined)?.["json"];
      if (json !== false && !existsSync(site.sourcePath("redirects.json"))) {
        addPage({
          path: "redirects.json",
          url: "/redirects.json",
          content: JSON.stringify(Object.fromEntries(map)),
          frontMatter: { layout: null },
        });
      }
    });
  },
};

export default redirects;
