import type { Page } from "../../model/page.js";
import type { Document } from "../../model/document.js";

/** A page's merged pagination settings. */
export type V2Config = Record<string, unknown> & {
  collection?: unknown;
  per_page?: unknown;
  permalink?: unknown;
  title?: unknown;
  sort_field?: unknown;
  sort_reverse?: unknown;
  offset?: unknown;
  limit?: unknown;
  trail?: unknown;
  indexpage?: unknown;
  extension?: unknown;
};

/** The paths of a template's pages, as the gem's Utils.ensure_full_path and format_page_number make them. */
export function pageUrls(template: Page, config: V2Config) {
  const slash = (s: string) => (s.endsWith("/") ? s : `${s}/`);
  const permalink = template.data["permalink"];
  const first = slash(typeof permalink === "string" ? permalink : `/${template.dir}`.replace(/\/{2,}/g, "/"));
  const paged = `${first}/${String(config.permalink ?? "/page:num/")}`.replace(/\/{2,}/g, "/");
  const index =
    config.indexpage === null || config.indexpage === undefined ? "" : String(config.indexpage).split(".")[0]!;
  const ext =
    config.extension === null || config.extension === undefined
      ? ""
      : `.${String(config.extension).replace(/^\./, "")}`;
  const full = (url: string) =>
    url.endsWith("/")
      ? url + (index || "index") + (ext || ".html")
      : url.includes(".")
        ? url
        : url + (index || "index");
  const firstFull = index ? full(first) : first;
  const pagedFull = index ? full(paged) : paged;
  return {
    /** The path of page `n` (the first page is the template's own folder). */
    pagePath: (n: number) => (n === 1 ? full(first) : full(paged)).replace(":num", String(n)),
    first: firstFull,
    paged: pagedFull,
  };
}

/** jekyll-paginate-v2's Paginator#to_liquid for page `n` of `total`. */
export function paginatorOf(
  n: number,
  total: number,
  perPage: number,
  docs: Document[],
  urls: ReturnType<typeof pageUrls>,
  view: (d: Document) => unknown,
): Record<string, unknown> {
  const slice = docs.slice((n - 1) * perPage, n * perPage);
  let drops: unknown[] | undefined;
  const fmt = (url: string, k: number) => url.replace(":num", String(k)).replace(":max", String(total));
  return {
    per_page: perPage,
    get posts() {
      return (drops ??= slice.map(view));
    },
    total_posts: docs.length,
    total_pages: total,
    page: n,
    page_path: urls.pagePath(n),
    previous_page: n !== 1 ? n - 1 : null,
    previous_page_path: n === 1 ? null : n === 2 ? fmt(urls.first, 1) : fmt(urls.paged, n - 1),
    next_page: n !== total ? n + 1 : null,
    next_page_path: n !== total ? fmt(urls.paged, n + 1) : null,
    first_page: 1,
    first_page_path: fmt(urls.first, 1),
    last_page: total,
    last_page_path: fmt(urls.paged, total),
    page_trail: null,
  };
}
