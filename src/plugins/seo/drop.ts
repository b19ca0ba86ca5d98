import type { Context, Liquid } from "liquidjs";
import { callFilter } from "../filter-call.js";
import { rubyToS } from "../../ruby/value.js";

type Hash = Record<string, unknown>;
const isHash = (v: unknown): v is Hash => !!v && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date);
const nil = (v: unknown) => v === null || v === undefined;
/** Ruby's `a || b`: the first value that is neither nil nor false. */
const or = (...vs: unknown[]) => vs.find((v) => !nil(v) && v !== false);
const sub = (h: unknown, key: string): Hash => (isHash(h) && isHash(h[key]) ? (h[key] as Hash) : {});
const ABSOLUTE = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;
const HOME_OR_ABOUT = /^\/(about\/)?(index.html?)?$/;

/** The page's author as jekyll-seo-tag resolves it: page.author, the first of page.authors, site.author. */
export function authorHash(page: Hash, site: Hash): Hash {
  const sources = [page["author"], Array.isArray(page["authors"]) ? page["authors"][0] : undefined, site["author"]];
  const found = sources.find((s) => rubyToS(s) !== "" || isHash(s));
  if (isHash(found)) return found;
  if (typeof found === "string") {
    const authors = sub(site, "data")["authors"];
    const extra = isHash(authors) && isHash(authors[found]) ? (authors[found] as Hash) : {};
    return { name: found, ...extra };
  }
  return {};
}

/** What jekyll-seo-tag 2.8 computes for one page (its Drop), from the page, the site and the paginator. */
export class SeoView {
  private readonly f: (name: string, input: unknown) => unknown;
  readonly author: Hash;

  constructor(
    liquid: Liquid,
    ctx: Context,
    private readonly page: Hash,
    private readonly site: Hash,
    private readonly paginator: unknown,
    private readonly markup: string,
  ) {
    this.f = (name, input) => callFilter(liquid, ctx, name, input);
    this.author = authorHash(page, site);
  }

  /** markdownify, strip_html, normalize_whitespace, escape_once; nil when that leaves nothing. */
  private format(v: unknown): string | undefined {
    if (nil(v)) v = "";
    let s: unknown = v;
    for (const name of ["markdownify", "strip_html", "normalize_whitespace", "escape_once"]) s = this.f(name, s);
    const text = rubyToS(s);
    return text === "" ? undefined : text;
  }

  get siteTitle() {
    return this.format(or(this.site["title"], this.site["name"]));
  }
  get siteDescription() {
    return this.format(this.site["description"]);
  }
  get pageTitle() {
    return this.format(this.page["title"]) ?? this.siteTitle;
  }

  /** The `<title>`: page title | site title (or site title | tagline/description), with "Page n of m for " when paginated. */
  get title(): string | undefined {
    const site = this.siteTitle,
      page = this.pageTitle,
      description = this.siteDescription;
    let title: string | undefined;
    if (site && page !== site) title = `${page} | ${site}`;
    else if (description && site) title = `${site} | ${this.format(this.site["tagline"]) ?? description}`;
    else title = page ?? site;
    const number = this.pageNumber();
    return number !== undefined && title !== undefined ? number + title : title;
  }

  /** Whether `<title>` is written: there is one and the tag was not given `title=false`. */
  get showTitle(): boolean {
    return this.title !== undefined && !/title=false/i.test(this.markup);
  }

  private pageNumber(): string | undefined {
    const p = this.paginator;
    if (!isHash(p) || nil(p["page"])) return undefined;
    const current = Number(p["page"]);
    if (!(current > 1)) return undefined;
    const message = String(this.site["seo_paginator_message"] ?? "Page %<current>s of %<total>s for ");
    return message.replace(/%<current>s/g, rubyToS(p["page"])).replace(/%<total>s/g, rubyToS(p["total_pages"]));
  }

  private get homeOrAbout(): boolean {
    return HOME_OR_ABOUT.test(rubyToS(this.page["url"]));
  }

  get name(): string | undefined {
    const seoName = sub(this.page, "seo")["name"];
    if (!nil(seoName) && seoName !== false) return this.format(seoName);
    if (!this.homeOrAbout) return undefined;
    const social = sub(this.site, "social")["name"];
    if (!nil(social) && social !== false) return this.format(social);
    return this.siteTitle;
  }

  get description() {
    return this.format(or(this.page["description"], this.page["excerpt"])) ?? this.siteDescription;
  }

  get canonicalUrl(): string {
    const own = this.page["canonical_url"];
    if (rubyToS(own) !== "") return rubyToS(own);
    return rubyToS(this.f("absolute_url", this.page["url"])).replace(/\/index\.html$/, "/");
  }

  get locale(): string {
    const lang = or(this.page["lang"], this.site["lang"], "en_US");
    return rubyToS(or(this.page["locale"], this.site["locale"], lang)).replace(/-/g, "_");
  }

  /** The image: `image` (a path or a hash with path/facebook/twitter), absolute and escaped; undefined without one. */
  get image(): Hash | undefined {
    const meta = this.page["image"];
    const hash: Hash = isHash(meta) ? { path: null, ...meta } : { path: typeof meta === "string" ? meta : null };
    const raw = or(hash["path"], hash["facebook"], hash["twitter"]);
    if (nil(raw)) return undefined;
    const abs = typeof raw === "string" && !ABSOLUTE.test(raw) ? this.f("absolute_url", raw) : raw;
    if (nil(abs) || abs === false) return undefined;
    return { ...hash, path: this.f("uri_escape", abs) };
  }

  private xmlschema(v: unknown): string | undefined {
    return nil(v) || v === false ? undefined : rubyToS(this.f("date_to_xmlschema", v));
  }

  get dateModified() {
    return this.xmlschema(or(sub(this.page, "seo")["date_modified"], this.page["last_modified_at"], this.page["date"]));
  }
  get datePublished() {
    return this.xmlschema(this.page["date"]);
  }

  get type(): unknown {
    const own = sub(this.page, "seo")["type"];
    if (!nil(own) && own !== false) return own;
    if (this.homeOrAbout) return "WebSite";
    return !nil(this.page["date"]) && this.page["date"] !== false ? "BlogPosting" : "WebPage";
  }

  get links(): unknown {
    const own = sub(this.page, "seo")["links"];
    if (!nil(own) && own !== false) return own;
    return this.homeOrAbout ? sub(this.site, "social")["links"] : undefined;
  }

  get logo(): string | undefined {
    const logo = this.site["logo"];
    if (nil(logo) || logo === false) return undefined;
    const s = rubyToS(logo);
    return rubyToS(this.f("uri_escape", ABSOLUTE.test(s) ? s : this.f("absolute_url", s)));
  }
}
