import type { Plugin } from "../types.js";
import type { PluginSite as Site } from "../types.js";
import type { Page } from "../../model/page.js";
import type { Document } from "../../model/document.js";
import { paginatorOf, pageUrls, type V2Config } from "./pager.js";
import { copyPage } from "./copy.js";

/** jekyll-paginate-v2's defaults (generator/defaults.rb). */
const DEFAULTS: V2Config = {
  enabled: false,
  collection: "posts",
  offset: 0,
  per_page: 10,
  permalink: "/page:num/",
  title: ":title - page :num",
  sort_reverse: false,
  sort_field: "date",
  limit: 0,
  trail: { before: 0, after: 0 },
  indexpage: "index",
  extension: "html",
};

/**
 * jekyll-paginate-v2's page pagination: each page whose front matter has `pagination: {enabled: true}` (when the
 * site's `pagination.enabled` is on) becomes pages of its collection's documents (`per_page`, `sort_field`,
 * `sort_reverse`, `offset`, `limit`, `permalink`, `title`, `trail`), with the gem's `paginator`.
 */
const paginateV2: Plugin = {
  name: "jekyll-paginate-v2",
  setup(api) {
    api.generator(({ site }) => run(site), "lowest");
  },
};

export default paginateV2;

function isObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === "object" && !Array.isArray(v);
}

function run(site: Site): void {
  const global = site.config["pagination"];
  if (!isObject(global) || !global["enabled"]) return;
  const templates = site.pages.filter(
    (p) => isObject(p.data["pagination"]) && (p.data["pagination"] as V2Config)["enabled"],
  );
  for (const template of templates) {
    const config: V2Config = { ...DEFAULTS, ...global, ...(template.data["pagination"] as V2Config) };
    paginate(site, template, config);
  }
}

function sortKey(d: Document, field: string): unknown {
  let v: unknown = d.data;
  for (const part of field.split(":")) v = isObject(v) ? v[part] : undefined;
  return v;
}

function compare(a: unknown, b: unknown): number {
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  if (typeof a === "number" && typeof b === "number") return a - b;
  const sa = a === undefined || a === null ? "" : String(a),
    sb = b === undefined || b === null ? "" : String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

function paginate(site: Site, template: Page, config: V2Config): void {
  const names = (Array.isArray(config.collection) ? config.collection : String(config.collection).split(/\s*,\s*/)).map(
    String,
  );
  let docs = names.flatMap((n) => site.collections.get(n)?.docs ?? []).filter((d) => !d.data["hidden"]);
  for (const [key, field] of [
    ["category", "categories"],
    ["tag", "tags"],
  ] as const) {
    const want = config[key];
    if (want === undefined || want === null || want === "") continue;
    const values = String(want)
      .split(/[;,]/)
      .map((s) => s.trim().toLowerCase());
    docs = docs.filter((d) => {
      const have = ([] as unknown[]).concat(d.data[field] ?? []).map((x) => String(x).toLowerCase());
      return values.every((v) => have.includes(v));
    });
  }
  if (config.sort_field) {
    const field = String(config.sort_field);
    docs = docs
      .map((d, i) => ({ d, i }))
      .sort((a, b) => compare(sortKey(a.d, field), sortKey(b.d, field)) || a.i - b.i)
      .map((x) => x.d);
    const offset = Math.max(0, Number(config.offset) || 0);
    if (offset) docs = docs.slice(0, Math.max(0, docs.length - offset));
    if (config.sort_reverse) docs.reverse();
  }
  const perPage = Number(config.per_page) || 10;
  let total = Math.ceil(docs.length / perPage);
  const limit = Number(config.limit) || 0;
  if (limit > 0 && limit < total) total = limit;
  if (total === 0) total = 1;
  const urls = pageUrls(template, config);
  const baseTitle = template.data["title"] ?? site.config["title"];
  const pages: Page[] = [];
  for (let n = 1; n <= total; n++) {
    const page = n === 1 ? template : copyPage(site, template, urls.pagePath(n));
    if (n === 1) page.fixedUrl = urls.pagePath(1);
    page.data = { ...page.data };
    page.data["title"] =
      n > 1 && config.title !== undefined
        ? String(config.title)
            .replace(":title", String(baseTitle ?? ""))
            .replace(":num", String(n))
            .replace(":max", String(total))
        : baseTitle;
    if (n > 1) page.data["autogen"] = "jekyll-paginate-v2";
    if (page.viewData) page.viewData = { ...page.viewData, title: page.data["title"] };
    page.paginator = paginatorOf(n, total, perPage, docs, urls, (d) => site.renderer.payload.doc(d));
    pages.push(page);
  }
  const trail = isObject(config.trail) ? config.trail : {};
  const before = Math.max(0, Number(trail["before"]) || 0),
    after = Math.max(0, Number(trail["after"]) || 0);
  if (pages.length > 1 && (before > 0 || after > 0)) {
    const length = before + after + 1;
    for (const page of pages) {
      const pager = page.paginator as Record<string, unknown>;
      let start = Math.max(Number(pager["page"]) - before - 1, 0);
      const end = Math.min(start + length, pages.length);
      if (end - start < length) start = Math.max(start - (length - (end - start)), 0);
      pager["page_trail"] = pages.slice(start, end).map((p, i) => ({
        num: start + i + 1,
        path: urls.pagePath(start + i + 1),
        title: p.data["title"],
      }));
    }
  }
}
