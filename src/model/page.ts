import { posix } from "node:path";
import { Convertible } from "./convertible.js";
import { addPermalinkSuffix, fillFromHash, sanitizeUrl } from "../url/url.js";

const HTML_EXTS = new Set([".html", ".xhtml", ".htm"]);

/** A page: a file with front matter outside collections, or one a plugin generates. */
export class Page extends Convertible {
  readonly type = "pages";
  /** Folder relative to the source, "" at the root (Jekyll's @dir without leading slash). */
  readonly dir: string;
  readonly name: string;
  readonly basename: string;
  private cachedUrl?: string;
  /** A generated page's URL, set by the plugin that made it (Jekyll's PageWithoutAFile). */
  fixedUrl?: string;
  /** Liquid's view of the data: defaults deep-merged with front matter (a `null` there keeps the default). */
  viewData?: Record<string, unknown>;
  /** jekyll-paginate's paginator for this page (Liquid's `paginator`); null on pages it does not paginate. */
  paginator: unknown = null;

  constructor(
    dir: string,
    name: string,
    private readonly permalinkStyle: string,
  ) {
    super();
    this.dir = dir.replace(/^\/+|\/+$/g, "");
    this.name = name;
    this.ext = posix.extname(name);
    this.basename = name.slice(0, name.length - this.ext.length).replace(/\.*$/, "");
  }

  get relativePath(): string {
    return (this.dir ? `${this.dir}/${this.name}` : this.name).replace(/^\/+/, "");
  }

  get html(): boolean {
    return HTML_EXTS.has(this.outputExt);
  }

  /** Jekyll's Page#template: where a page goes when it has no permalink. */
  get template(): string {
    if (!this.html) return "/:path/:basename:output_ext";
    if (this.basename === "index") return "/:path/";
    return addPermalinkSuffix("/:path/:basename", this.permalinkStyle);
  }

  get url(): string {
    if (this.cachedUrl === undefined && this.fixedUrl !== undefined) this.cachedUrl = sanitizeUrl(this.fixedUrl);
    if (this.cachedUrl === undefined) {
      const permalink = this.data["permalink"];
      const placeholders = { path: "/" + this.dir, basename: this.basename, output_ext: this.outputExt };
      const template = typeof permalink === "string" && permalink ? permalink : this.template;
      this.cachedUrl = sanitizeUrl(fillFromHash(template, placeholders));
    }
    return this.cachedUrl;
  }

  /** Forgets the computed URL (after the permalink or output extension changed). */
  resetUrl(): void {
    this.cachedUrl = undefined;
  }

  /** Jekyll's Page#dir as Liquid sees it: the URL's folder with a trailing slash. */
  get urlDir(): string {
    const url = this.url;
    if (url.endsWith("/")) return url;
    const d = posix.dirname(url);
    return d.endsWith("/") ? d : d + "/";
  }

  get write(): boolean {
    return true;
  }
}
