import { posix } from "node:path";
import type { Plugin } from "../types.js";
import type { PluginSite } from "../types.js";
import { Page } from "../../model/page.js";
import { makePager, pagerPath, type Paginator } from "./pager.js";
import { derivedPage } from "../../read/items.js";

/** A pager page after the first: the template page's file, written under `paginate_path`. */
class PagerPage extends Page {
  constructor(
    private readonly origin: Page,
    dir: string,
    style: string,
  ) {
    super(dir, origin.name, style);
  }

  /** Jekyll keeps the template's relative path (page.path stays e.g. `index.html`). */
  override get relativePath(): string {
    return this.origin.relativePath;
  }
}

/**
 * The page to paginate: an `index.html` in the folder of `paginate_path` or one above it, the deepest first
 * (jekyll-paginate's template_page).
 */
export function templatePage(pages: Page[], paginatePath: string): Page | undefined {
  const pathDir = posix.dirname(posix.normalize("/" + paginatePath.replace(/^\/+/, "")));
  const candidates = pages.filter((p) => {
    if (p.name !== "index.html") return false;
    const pageDir = posix.dirname(posix.normalize("/" + String(p.data["path"] ?? p.relativePath).replace(/^\/+/, "")));
    return pathDir === pageDir || pathDir.startsWith(pageDir === "/" ? "/" : pageDir + "/");
  });
  const path = (p: Page) => String(p.data["path"] ?? p.relativePath);
  return candidates.sort((a, b) => path(b).length - path(a).length)[0];
}

/** Attaches a paginator to a page: Liquid's `paginator` when it renders. */
function attach(page: Page, pager: Paginator): void {
  page.paginator = pager;
}

/** jekyll-paginate 1.1: splits `site.posts` over `index.html` and `paginate_path` copies, as `paginator`. */
const paginate: Plugin = {
  name: "jekyll-paginate",
  setup(api) {
    api.generator(({ site }) => run(site), "lowest");
  },
};

function run(site: PluginSite): void {
  const setting = site.config["paginate"];
  if (setting === null || setting === undefined || site.pages.length === 0) return;
  const paginatePath = String(site.config["paginate_path"] ?? "/page:num");
  const template = templatePage(site.pages, paginatePath);
  if (!template) {
    site.log.warn(
      "Pagination:",
      "Pagination is enabled, but I couldn't find an index.html page to use as the pagination template. Skipping pagination.",
    );
    return;
  }
  const perPage = parseInt(String(setting), 10) || 0;
  const posts = [...(site.collections.get("posts")?.docs ?? [])]
    .reverse()
    .filter((p) => p.data["hidden"] === undefined || p.data["hidden"] === null || p.data["hidden"] === false);
  const total = perPage > 0 ? Math.ceil(posts.length / perPage) : 0;
  const view = (d: (typeof posts)[number]) => site.renderer.payload.doc(d);
  const firstUrl = template.url;
  const content = template.rawContent ?? template.content;
  for (let n = 1; n <= total; n++) {
    const pager = makePager(n, total, perPage, posts, firstUrl, paginatePath, view);
    if (n === 1) {
      attach(template, pager);
      continue;
    }
    const page = derivedPage(
      template,
      new PagerPage(template, pagerPath(n, firstUrl, paginatePath), site.permalinkStyle),
      {
        content,
        outputExt: template.outputExt,
        copyData: true,
        sameFile: true,
      },
    );
    attach(page, pager);
    site.pages.push(page);
  }
}

export default paginate;
