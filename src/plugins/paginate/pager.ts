import type { Document } from "../../model/document.js";

/** What Liquid sees as `paginator` (jekyll-paginate's Pager#to_liquid). */
export interface Paginator {
  page: number;
  per_page: number;
  posts: unknown[];
  total_posts: number;
  total_pages: number;
  previous_page: number | null;
  previous_page_path: string | null;
  next_page: number | null;
  next_page_path: string | null;
}

/** The URL path of pager page `n`: the template page's URL for the first, `paginate_path` with `:num` after. */
export function pagerPath(n: number, firstUrl: string, paginatePath: string): string {
  if (n <= 1) return firstUrl;
  const p = paginatePath.replace(":num", String(n));
  return p.startsWith("/") ? p : `/${p}`;
}

/**
 * Pager `n` of `total` over `posts` (newest first). `view` turns a post into its Liquid drop; it is called
 * when a template reads `paginator.posts`, i.e. while rendering.
 */
export function makePager(
  n: number,
  total: number,
  perPage: number,
  posts: Document[],
  firstUrl: string,
  paginatePath: string,
  view: (d: Document) => unknown,
): Paginator {
  const slice = posts.slice((n - 1) * perPage, n * perPage);
  const previous = n !== 1 ? n - 1 : null;
  const next = n !== total ? n + 1 : null;
  let drops: unknown[] | undefined;
  return {
    page: n,
    per_page: perPage,
    get posts() {
      return (drops ??= slice.map(view));
    },
    total_posts: posts.length,
    total_pages: total,
    previous_page: previous,
    previous_page_path: previous === null ? null : pagerPath(previous, firstUrl, paginatePath),
    next_page: next,
    next_page_path: next === null ? null : pagerPath(next, firstUrl, paginatePath),
  };
}
