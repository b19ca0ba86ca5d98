import { Tag, type Context, type Liquid, type TagToken, type TopLevelToken } from "liquidjs";
import type { Plugin } from "../types.js";
import { rubyToS } from "../../ruby/value.js";
import { JEKYLL_VERSION } from "../../render/payload.js";
import { callFilter } from "../filter-call.js";
import { SeoView } from "./drop.js";
import { jsonLd } from "./json-ld.js";

/** The jekyll-seo-tag version Lectern matches (printed in the tag's comment). */
export const SEO_TAG_VERSION = "2.8.0";

type Hash = Record<string, unknown>;
const isHash = (v: unknown): v is Hash => !!v && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date);
/** Liquid truthiness (only nil and false are false). */
const truthy = (v: unknown) => v !== null && v !== undefined && v !== false;
const get = (h: unknown, key: string) => (isHash(h) ? h[key] : undefined);
const s = rubyToS;

/** The `{% seo %}` output for one page: the same lines jekyll-seo-tag 2.8's minified template renders. */
export function seoHead(liquid: Liquid, ctx: Context, markup: string): string {
  const page = (ctx.getSync(["page"]) ?? {}) as Hash,
    site = (ctx.getSync(["site"]) ?? {}) as Hash;
  const paginator = ctx.getSync(["paginator"]);
  const seo = new SeoView(liquid, ctx, page, site, paginator, markup);
  const abs = (v: unknown) => s(callFilter(liquid, ctx, "absolute_url", v));
  const lines: string[] = [`<!-- Begin Jekyll SEO tag v${SEO_TAG_VERSION} -->`];
  const add = (when: unknown, line: string) => void (truthy(when) && lines.push(line));
  if (seo.showTitle) lines.push(`<title>${seo.title}</title>`);
  lines.push(`<meta name="generator" content="Jekyll v${JEKYLL_VERSION}" />`);
  add(seo.pageTitle, `<meta property="og:title" content="${seo.pageTitle}" />`);
  add(seo.author["name"], `<meta name="author" content="${s(seo.author["name"])}" />`);
  lines.push(`<meta property="og:locale" content="${seo.locale}" />`);
  const description = seo.description;
  add(description, `<meta name="description" content="${description}" />`);
  add(description, `<meta property="og:description" content="${description}" />`);
  add(site["url"], `<link rel="canonical" href="${seo.canonicalUrl}" />`);
  add(site["url"], `<meta property="og:url" content="${seo.canonicalUrl}" />`);
  add(seo.siteTitle, `<meta property="og:site_name" content="${seo.siteTitle}" />`);
  const image = seo.image;
  if (image) {
    lines.push(`<meta property="og:image" content="${s(image["path"])}" />`);
    for (const k of ["height", "width", "alt"])
      add(image[k], `<meta property="og:image:${k}" content="${s(image[k])}" />`);
  }
  if (truthy(page["date"])) {
    lines.push(`<meta property="og:type" content="article" />`);
    lines.push(
      `<meta property="article:published_time" content="${s(callFilter(liquid, ctx, "date_to_xmlschema", page["date"]))}" />`,
    );
  } else lines.push(`<meta property="og:type" content="website" />`);
  add(get(paginator, "previous_page"), `<link rel="prev" href="${abs(get(paginator, "previous_page_path"))}" />`);
  add(get(paginator, "next_page"), `<link rel="next" href="${abs(get(paginator, "next_page_path"))}" />`);
  if (image) {
    const card = [get(page["twitter"], "card"), get(site["twitter"], "card"), "summary_large_image"].find(truthy);
    lines.push(
      `<meta name="twitter:card" content="${s(card)}" />`,
      `<meta property="twitter:image" content="${s(image["path"])}" />`,
    );
  } else lines.push(`<meta name="twitter:card" content="summary" />`);
  add(image?.["alt"], `<meta name="twitter:image:alt" content="${s(image?.["alt"])}" />`);
  add(seo.pageTitle, `<meta property="twitter:title" content="${seo.pageTitle}" />`);
  if (truthy(site["twitter"])) {
    lines.push(`<meta name="twitter:site" content="@${s(get(site["twitter"], "username")).replace(/@/g, "")}" />`);
    const handle = seo.author["twitter"] ?? seo.author["name"];
    if (typeof handle === "string")
      add(handle, `<meta name="twitter:creator" content="@${handle.replace(/^@/, "").replace(/@/g, "")}" />`);
  }
  socialLines(site, add);
  lines.push(
    `<script type="application/ld+json">`,
    `${JSON.stringify(jsonLd(seo))}</script>`,
    `<!-- End Jekyll SEO tag -->`,
  );
  return lines.join("\n") + "\n";
}

/** Facebook and webmaster-verification tags from the site config. */
function socialLines(site: Hash, add: (when: unknown, line: string) => void): void {
  const fb = site["facebook"];
  if (truthy(fb)) {
    add(get(fb, "admins"), `<meta property="fb:admins" content="${s(get(fb, "admins"))}" />`);
    add(get(fb, "publisher"), `<meta property="article:publisher" content="${s(get(fb, "publisher"))}" />`);
    add(get(fb, "app_id"), `<meta property="fb:app_id" content="${s(get(fb, "app_id"))}" />`);
  }
  const wv = site["webmaster_verifications"];
  if (truthy(wv)) {
    const names: Array<[string, string]> = [
      ["google", "google-site-verification"],
      ["bing", "msvalidate.01"],
      ["alexa", "alexaVerifyID"],
      ["yandex", "yandex-verification"],
      ["baidu", "baidu-site-verification"],
      ["facebook", "facebook-domain-verification"],
    ];
    for (const [key, name] of names) add(get(wv, key), `<meta name="${name}" content="${s(get(wv, key))}" />`);
  } else
    add(
      site["google_site_verification"],
      `<meta name="google-site-verification" content="${s(site["google_site_verification"])}" />`,
    );
}

/** jekyll-seo-tag 2.8: `{% seo %}` (and `{% seo title=false %}`) writes title, meta tags and JSON-LD. */
const seo: Plugin = {
  name: "jekyll-seo-tag",
  setup(api) {
    api.registerTag(
      "seo",
      class SeoTag extends Tag {
        private readonly markup: string;
        constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
          super(token, remain, liquid);
          this.markup = token.args;
        }
        render(ctx: Context): string {
          return seoHead(this.liquid, ctx, this.markup);
        }
      },
    );
  },
};

export default seo;
