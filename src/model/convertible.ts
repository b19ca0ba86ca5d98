import { unescapePath } from "../url/url.js";

/** What pages and documents share: front matter data, content that rendering replaces, and an output path. */
export abstract class Convertible {
  /** Front-matter defaults merged with the file's front matter, plus computed keys. */
  data: Record<string, unknown> = {};
  /** The body; after rendering, the converted HTML without layout (as Jekyll's `content`). */
  content = "";
  /** The final output with layouts, once rendered. */
  output?: string;
  /** Lines before the body (front matter), for error line numbers. */
  lineOffset = 0;
  /** The whole file as read, for code frames. */
  fileSource?: string;
  /** Extension of the source name, with the dot. */
  ext = "";
  /** Extension of the output (".html" for Markdown, ".css" for Sass...). */
  outputExt = "";
  /** Absolute source path; empty for generated pages. */
  absPath = "";
  /** The body as read, before rendering replaced `content`. */
  rawContent?: string;

  abstract readonly relativePath: string;
  /** Front-matter-defaults type: "pages" or the collection label. */
  abstract readonly type: string;
  abstract get url(): string;
  /** Whether this item is written to the destination. */
  abstract get write(): boolean;

  /** The output path relative to the destination (URL decoded, `index.html` for directory URLs). */
  get destRel(): string {
    let path = unescapePath(this.url);
    if (path.endsWith("/")) path += "index" + (this.isDocument ? ".html" : this.outputExt);
    else if (!path.endsWith(this.outputExt)) path += this.outputExt;
    return path.replace(/^\/+/, "");
  }

  get isDocument(): boolean {
    return false;
  }

  /** Jekyll's render_with_liquid?: not when turned off, not for YAML, not without `{{`/`{%`. */
  get renderWithLiquid(): boolean {
    if (this.data["render_with_liquid"] === false) return false;
    if (this.ext === ".yml" || this.ext === ".yaml" || this.ext === ".coffee") return false;
    return this.content.includes("{{") || this.content.includes("{%");
  }

  /** Jekyll's place_in_layout?: not for Sass/CoffeeScript assets, not with `layout: none`. */
  get placeInLayout(): boolean {
    if ([".sass", ".scss", ".coffee"].includes(this.ext)) return false;
    if (this.ext === ".yml" || this.ext === ".yaml") return !this.isDocument;
    return this.data["layout"] !== "none";
  }
}
